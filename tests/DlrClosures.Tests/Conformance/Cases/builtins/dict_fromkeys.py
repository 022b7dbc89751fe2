# dict.fromkeys with and without a value; the value is shared.
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
shared = dict.fromkeys(['x', 'y'], [])
shared['x'].append(1)
print(shared, {}.fromkeys('z', 1))
