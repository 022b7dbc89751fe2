# Runtime check (leaks): output and error must be exactly CPython's.
print(len(range(2**65)))
