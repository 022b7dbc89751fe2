# Runtime check (leaks): output and error must be exactly CPython's.
print(round(1.5, 10**20), round(1.5, -10**20), round(15, 10**20))
