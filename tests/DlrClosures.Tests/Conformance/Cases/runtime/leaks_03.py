# Runtime check (leaks): output and error must be exactly CPython's.
print("%c" % 2**70)
