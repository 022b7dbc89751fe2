# Runtime check (leaks): output and error must be exactly CPython's.
print("%*d" % (2**70, 1))
