# co_freevars (and so __closure__) follow a fixed order: sorted by name here.
def outer():
    zeta, alpha, mid = "z", "a", "m"

    def inner():
        return mid + zeta + alpha

    return inner


f = outer()
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
