# Sets of small non-negative ints print in ascending order under CPython.
print({3, 1, 2})
print({5, 0, 4, 1})
print(set(), set([2, 2, 2]))
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 9}, {1, 2, 3} - {1})
print(len({1, 1.0, True}))
