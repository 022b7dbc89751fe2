# The middle function does not bind v, so nonlocal reaches the outermost one.
def outer():
    v = 1

    def middle():
        def inner():
            nonlocal v
            v += 100

        inner()
        inner()

    middle()
    return v


print(outer())
