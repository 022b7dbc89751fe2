# The first iterable is evaluated in the enclosing scope; later clauses run
# inside the comprehension's own scope.
def outer():
    size = 3
    rows = [[size * r + c for c in range(size)] for r in range(size)]
    return rows


print(outer())
n = 4
print([x for x in range(n) for y in range(x)])
