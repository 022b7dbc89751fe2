# A lambda containing yield is a generator function.
g = (lambda: (yield 1))()
print(next(g))
try:
    g.send("back")
except StopIteration as e:
    print(e.value)
