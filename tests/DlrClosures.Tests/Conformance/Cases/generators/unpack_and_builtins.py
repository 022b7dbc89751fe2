# Builtins consume generators: unpacking, tuple, dict, zip, enumerate, sorted, min, max, join.
def gen(n):
    for i in range(n):
        yield i

a, b, c = gen(3)
print(a, b, c)
print(tuple(gen(4)), dict((i, i * i) for i in gen(3)))
print(list(zip(gen(3), "abc")), list(enumerate(gen(2), 1)))
print(sorted(gen(4), reverse=True), min(gen(5)), max(gen(5)))
print("-".join(str(i) for i in gen(4)))
print(3 in gen(5), 7 in gen(5))
