# Runtime check (leaks): output and error must be exactly CPython's.
print(len("%.1000000f" % 1.0), ("%.1100f" % 5e-324)[1070:1090])
