# A for loop target declared nonlocal writes the enclosing cell on every pass.
def outer():
    last = None

    def walk(items):
        nonlocal last
        for last in items:
            pass

    walk("xyz")
    first = last
    walk([1, 2, 3])
    return first, last


print(outer())
