# keys() and items() views support set operators with any iterable; the result is a set.
d = {'a': 1, 'b': 2, 'c': 3}
print(sorted(d.keys() & {'a', 'c', 'z'}), sorted(d.keys() - ['b']), sorted(d.keys() | ['d']))
print(sorted(d.keys() ^ {'a', 'z'}), d.items() & {('a', 1), ('b', 5)}, sorted({'c', 'q'} & d.keys()))
