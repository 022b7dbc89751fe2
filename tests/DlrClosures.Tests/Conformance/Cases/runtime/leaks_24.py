# Runtime check (leaks): output and error must be exactly CPython's.
print(str(10**5000))
