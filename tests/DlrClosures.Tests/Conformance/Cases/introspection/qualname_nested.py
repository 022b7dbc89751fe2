# __qualname__ records where a function was defined.
def outer():
    def inner():
        def deepest():
            return 0

        return deepest

    return inner, lambda: 0


inner, lam = outer()
print(outer.__name__, outer.__qualname__)
print(inner.__name__, inner.__qualname__)
print(inner().__qualname__)
print(lam.__name__, lam.__qualname__)
print([f.__qualname__ for f in [lambda: 1]])
