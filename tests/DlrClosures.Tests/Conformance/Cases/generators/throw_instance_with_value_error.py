# throw() with an instance and a separate value is a TypeError; a non-exception too.
def gen():
    yield 1

g = gen()
next(g)
try:
    g.throw(ValueError("x"), "y")
except TypeError as e:
    print(e)
try:
    g.throw(5)
except TypeError as e:
    print(e)
print(next(g, "still alive"))
