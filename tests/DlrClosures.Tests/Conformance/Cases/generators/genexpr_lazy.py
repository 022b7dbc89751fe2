# A generator expression evaluates its elements only as they are taken.
def noisy(n):
    print("computing", n)
    return n * n

g = (noisy(i) for i in range(3))
print("built")
print(next(g))
print(list(g))
