# Each next() runs the body to its next yield; the end raises StopIteration.
def three():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("last")
    yield 3
    print("end")

g = three()
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stopped")
try:
    next(g)
except StopIteration:
    print("stopped again")
