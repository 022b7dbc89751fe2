# An exception thrown in and not handled comes out of throw() and ends the generator.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("out", repr(e))
print(list(g))
