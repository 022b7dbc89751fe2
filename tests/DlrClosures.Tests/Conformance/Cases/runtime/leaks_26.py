# Runtime check (leaks): output and error must be exactly CPython's.
print(chr(-1))
