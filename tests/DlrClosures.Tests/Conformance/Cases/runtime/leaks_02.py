# Runtime check (leaks): output and error must be exactly CPython's.
print("%c" % 0x110000)
