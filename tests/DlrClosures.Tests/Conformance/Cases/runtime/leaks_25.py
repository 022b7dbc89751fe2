# Runtime check (leaks): output and error must be exactly CPython's.
print(len(str(10**4299)), len(str(-10**4299)), len(str(2**14400)) if False else 0)
