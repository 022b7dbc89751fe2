# yield inside a generator expression is a SyntaxError.
def f():
    return ((yield x) for x in range(3))
