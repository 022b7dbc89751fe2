# Runtime check (format): output and error must be exactly CPython's.
print("{0:{}}".format(1, 2))
