# Closures are ordinary function objects.
def outer():
    k = 2
    return lambda v: v * k


f = outer()
print(callable(f), callable(f.__closure__[0]), callable(3))
print(isinstance(f.__closure__, tuple))
