# A default may be computed from an enclosing function's locals.
def outer(base):
    def inner(step=base * 2):
        return base + step

    base = 1000
    return inner


f = outer(5)
print(f())
print(f(1))
print(f.__defaults__)
