# return x in a generator becomes StopIteration.value; a bare return gives value None.
def gen():
    yield 1
    return 42

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)

def bare():
    yield 1
    return

b = bare()
next(b)
try:
    next(b)
except StopIteration as e:
    print("value", e.value, e.args)
