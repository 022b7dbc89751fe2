# The declaration must come before any assignment in the same function.
def outer():
    x = 1

    def inner():
        x = 2
        nonlocal x
        return x

    return inner
