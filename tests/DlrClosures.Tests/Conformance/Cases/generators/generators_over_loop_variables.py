# Generators made in a loop each capture their own argument; lambdas in them late-bind.
def repeat(value, times):
    for _ in range(times):
        yield value

gens = [repeat(i, 2) for i in range(3)]
print([list(g) for g in gens])

def lazy():
    for i in range(3):
        yield lambda: i

fs = list(lazy())
print([f() for f in fs])
fs = []
for f in lazy():
    fs.append(f())
print(fs)
