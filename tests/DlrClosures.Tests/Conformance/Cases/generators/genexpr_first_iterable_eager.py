# The first iterable of a generator expression is evaluated at once; the rest lazily.
def source(name):
    print("source", name)
    return [1, 2]

g = ((a, b) for a in source("outer") for b in source("inner"))
print("built")
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
