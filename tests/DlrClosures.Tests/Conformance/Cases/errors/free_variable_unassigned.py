# A free variable read before the enclosing function assigns it.
def outer():
    def inner():
        return y

    print("calling inner before y exists")
    value = inner()
    y = 1
    return value


print("start")
outer()
