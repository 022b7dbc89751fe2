# Runtime check (leaks): output and error must be exactly CPython's.
print("{:.99999999999}".format(1.5))
