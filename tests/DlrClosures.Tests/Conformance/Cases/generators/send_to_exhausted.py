# Sending to a finished generator raises StopIteration without a value.
def gen():
    yield 1
    return "r"

g = gen()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    g.send(None)
except StopIteration as e:
    print("second", e.value)
