# Runtime check (leaks): output and error must be exactly CPython's.
print(int("١٢٣"), float("١٢٣"))
