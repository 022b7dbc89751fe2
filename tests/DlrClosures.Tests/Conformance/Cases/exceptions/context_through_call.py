# A function called from a handler raises: the handled exception of the caller becomes its context.
def helper(n):
    if n == 0:
        raise LookupError("in helper")
    return helper(n - 1)

try:
    try:
        raise OSError("caller's")
    except OSError:
        helper(3)
except LookupError as e:
    print(repr(e), repr(e.__context__))

handler = lambda: int("zz")
try:
    try:
        raise KeyError("k")
    except KeyError:
        handler()
except ValueError as e:
    print(repr(e.__context__))
