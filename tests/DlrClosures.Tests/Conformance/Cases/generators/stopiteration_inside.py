# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def gen():
    yield 1
    raise StopIteration("oops")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
