# frozenset's non-mutating methods return frozensets; copy is the object itself.
f = frozenset('ab')
print(sorted(f.union('c')), type(f.union('c')).__name__, f.issubset('abc'), f.isdisjoint('xy'), f.copy() is f)
