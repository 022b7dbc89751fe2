# nonlocal needs an enclosing function that binds the name.
def outer():
    def inner():
        nonlocal x
        x = 1

    return inner


print("never printed: compile errors stop the whole file")
