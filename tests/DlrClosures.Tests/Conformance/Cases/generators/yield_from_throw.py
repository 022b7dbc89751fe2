# Exceptions thrown into the delegating generator are thrown into the delegate first.
def inner():
    try:
        yield 1
    except ValueError:
        print("inner handled")
        yield 2

def outer():
    try:
        yield from inner()
    except KeyError:
        print("outer handled")
        yield 3

g = outer()
print(next(g))
print(g.throw(ValueError))
print(g.throw(KeyError))
