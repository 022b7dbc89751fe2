# A captured parameter is a cell variable but still listed among the varnames.
def outer(p):
    def inner():
        return p

    return inner


print(outer.__code__.co_varnames)
print(outer.__code__.co_cellvars)
print(outer.__code__.co_argcount)
print(outer(7).__closure__[0].cell_contents)
