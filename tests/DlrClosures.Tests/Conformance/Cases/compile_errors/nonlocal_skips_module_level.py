# nonlocal searches enclosing functions only; a module-level binding never
# counts, however deep the declaration sits.
total = 0


def outer():
    def middle():
        def inner():
            nonlocal total
            total += 1

        return inner

    return middle
