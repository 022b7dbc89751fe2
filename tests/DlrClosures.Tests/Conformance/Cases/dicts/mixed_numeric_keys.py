# Equal numbers are one key whatever their type (1, 1.0, True; 0, 0.0, False, -0.0), the key first
# inserted is the one kept, and numbers with equal hashes that are not equal stay distinct keys
# (hash(-1) == hash(-2); 2**61 - 1 hashes like 0; 0.5 and 2**60 do not equal any int).
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {True: "bool"}
d[1] = "int"
print(d, d[1.0], 1.0 in d, 2 in d)
d = {0.0: "a", False: "b", 0: "c", -0.0: "d"}
print(d)
d = {-1: "minus one", -2: "minus two", 2**61 - 1: "mersenne", 0: "zero"}
print(d[-1], d[-2], d[2**61 - 1], d[0], len(d))
print(hash(-1) == hash(-2), hash(2**61 - 1) == hash(0))
d = {0.5: "half", 2**60: "big", 1.5: "one and a half"}
print(d[0.5], d[2.0**60], d.get(1), d.get(3 / 2))
del d[1152921504606846976.0]
print(d)
d = {}
for k in [3, 3.0, 2, True, 2.0, 1.0, 0, False]:
    d[k] = d.get(k, 0) + 1
print(d)
print({1: 2} == {1.0: 2}, {1: 2} == {True: 2.0}, {1: 2} == {1: 3})
