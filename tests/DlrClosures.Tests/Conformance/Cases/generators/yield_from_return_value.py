# The value of yield from is the delegate generator's return value.
def inner(n):
    total = 0
    for i in range(n):
        total += yield i
    return total

def outer():
    result = yield from inner(3)
    print("inner returned", result)
    yield "after"

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(30))
