# Closures made inside a generator share its frame's cells across yields.
def gen():
    x = 0
    def get():
        return x
    yield get
    x = 10
    yield get
    x = 20

g = gen()
f1 = next(g)
print(f1())
f2 = next(g)
print(f1(), f2(), f1 is f2)
list(g)
print(f1())
