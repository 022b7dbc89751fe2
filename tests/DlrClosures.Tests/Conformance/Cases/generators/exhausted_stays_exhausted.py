# An exhausted generator stays exhausted, and iterating it again yields nothing.
def gen():
    yield 1

g = gen()
print(list(g), list(g))
print(next(g, "none"))
print(sum(g))
