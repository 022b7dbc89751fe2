# A generator is its own iterator: iter(g) is g, and __next__ works like next().
def gen():
    yield "a"
    yield "b"

g = gen()
print(iter(g) is g, g.__iter__() is g)
print(g.__next__())
print(next(g))
print(next(g, "default"))
