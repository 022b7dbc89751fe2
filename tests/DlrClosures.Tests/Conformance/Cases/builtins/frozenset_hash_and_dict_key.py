# frozensets are hashable: equal ones hash alike whatever the insertion order, and work as dict keys.
a = frozenset([3, 1, 2])
b = frozenset([1, 2, 3])
table = {a: 'found'}
print(a == b, hash(a) == hash(b), table[b], len({a, b}))
