# A parameter is local: it hides the enclosing function's variable of the same name.
def outer():
    v = "outer"

    def inner(v):
        return v

    def reader():
        return v

    return inner("argument"), reader()


print(outer())
print(outer.__code__.co_cellvars)
