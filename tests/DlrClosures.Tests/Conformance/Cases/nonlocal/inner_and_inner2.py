# inner has a private x; inner2 shares outer's x, which is 5 by the time it runs.
def outer():
    x = 1

    def inner():
        x = 2
        print(x)
        x = 3
        return x

    def inner2():
        nonlocal x
        print(x)
        x = 4
        return x

    x = 5
    return (inner, inner2)


for fn in outer():
    print(fn())
