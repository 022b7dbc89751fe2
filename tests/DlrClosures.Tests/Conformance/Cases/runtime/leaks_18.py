# Runtime check (leaks): output and error must be exactly CPython's.
print("abc"[10**20])
