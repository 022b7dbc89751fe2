# Sending a value through yield from to a plain iterator looks up its send method.
def outer():
    yield from iter([1, 2])

g = outer()
print(next(g))
try:
    g.send(5)
except AttributeError as e:
    print(e)
