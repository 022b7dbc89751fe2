# Runtime check (leaks): output and error must be exactly CPython's.
print(int("1", 2**70))
