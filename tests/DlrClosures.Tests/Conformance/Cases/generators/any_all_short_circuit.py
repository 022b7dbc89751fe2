# any() and all() stop at the first deciding element of a generator expression.
seen = []
def check(n):
    seen.append(n)
    return n > 2

print(any(check(n) for n in range(10)))
print(seen)
seen.clear()
print(all(n < 3 for n in range(10**12) if seen.append(n) is None))
print(seen)
