# co_varnames lists locals (parameters first); co_cellvars the locals captured
# by children; co_freevars the names taken from outside.
def outer(p, q):
    kept = p + q
    scratch = 0

    def inner(r):
        total = kept + r
        return total

    return inner


print(outer.__code__.co_varnames)
print(outer.__code__.co_cellvars)
print(outer.__code__.co_freevars)
inner = outer(1, 2)
print(inner.__code__.co_varnames)
print(inner.__code__.co_cellvars)
print(inner.__code__.co_freevars)
