# ... and before any use.
def outer():
    x = 1

    def inner():
        print(x)
        nonlocal x
        x = 2

    return inner
