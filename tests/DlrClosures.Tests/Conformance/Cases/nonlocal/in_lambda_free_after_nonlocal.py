# A lambda nested under a nonlocal-declaring function shares the same cell.
def outer():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return lambda: n

    peek = bump()
    print(peek())
    bump()
    bump()
    print(peek())
    print(n)


outer()
