# An opening parenthesis that is never closed.
def f():
    return (1 + 2


print(f())
