# A generator expression reads the enclosing variables when it runs, not when made.
def make():
    n = 1
    g = (x * n for x in range(3))
    n = 100
    return g

print(list(make()))
fs = [lambda: i for i in range(3)]
print(list(f() for f in fs))
