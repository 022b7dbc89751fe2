# Equal numbers hash alike: ints, floats and bools.
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(0.5), hash(-1), hash(2**61 - 1), hash(float('inf')))
print(len({1, 1.0, True}), {1.0: 'x'}[1])
