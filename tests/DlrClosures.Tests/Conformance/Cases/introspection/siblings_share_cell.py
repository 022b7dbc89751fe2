# Closures made by one call share the very same cell object.
def outer():
    n = 0

    def f():
        return n

    def g():
        nonlocal n
        n += 1

    return f, g


f, g = outer()
print(f.__closure__[0] is g.__closure__[0])
f2, g2 = outer()
print(f.__closure__[0] is f2.__closure__[0])
g()
g()
print(f(), f2())
