# slice objects: attributes and indices(length).
s = slice(1, None, 2)
print(s, s.start, s.stop, s.step, s.indices(6), slice(-3, None).indices(5), slice(None, None, -1).indices(4))
print([10, 20, 30, 40, 50][s], 'abcdef'[slice(2)])
