# globals() called inside a closure still gives the module's names, not the enclosing function's.
level = 'module'
def outer():
    level = 'outer'
    def inner():
        return globals()['level'], level
    return inner
print(outer()())
