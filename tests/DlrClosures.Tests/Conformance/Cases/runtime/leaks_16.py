# Runtime check (leaks): output and error must be exactly CPython's.
print(range(3)[2**70])
