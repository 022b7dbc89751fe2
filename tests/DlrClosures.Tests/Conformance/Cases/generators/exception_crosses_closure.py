# An exception raised in a closure called by a generator propagates through it.
def make(limit):
    def check(n):
        if n >= limit:
            raise ValueError(f"{n} too big")
        return n
    def gen():
        n = 0
        while True:
            yield check(n)
            n += 1
    return gen

g = make(3)()
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print(out, e)
print(next(g, "exhausted"))
