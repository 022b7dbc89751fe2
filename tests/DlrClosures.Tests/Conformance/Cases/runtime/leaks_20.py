# Runtime check (leaks): output and error must be exactly CPython's.
print([1, 2, 3].index(2, 10**20))
