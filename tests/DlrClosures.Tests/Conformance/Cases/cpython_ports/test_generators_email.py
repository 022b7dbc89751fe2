# Port of the ideas of the "email" doctests of CPython 3.11's Lib/test/test_generators.py
# (yield None versus return None, StopIteration in try/except, combinations, the iterator
# protocol of generators, gi_running, a union-find driven by a generator), written anew.

def yields_none():
    yield None
print(list(yields_none()))

def returns_none():
    return None
    yield
print(list(returns_none()))

# An explicit StopIteration inside try/except is an ordinary exception.
def caught():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught"
    yield "after"
print(list(caught()))

# Combinations of k items out of x, by a recursive generator.
def gcomb(x, k):
    if k > len(x):
        return
    if k == 0:
        yield []
    else:
        first, rest = x[0], x[1:]
        for c in gcomb(rest, k - 1):
            c.insert(0, first)
            yield c
        for c in gcomb(rest, k):
            yield c

seq = list(range(1, 5))
for k in range(len(seq) + 2):
    print(k, list(gcomb(seq, k)))

# A generator object: its own iterator, with __next__; gi_running is read-only.
def gen():
    yield 1
i = gen()
print(type(i).__name__, iter(i) is i, i.__next__())
try:
    i.gi_running = 42
except AttributeError as e:
    print("AttributeError")
print(i.gi_running)

# A generator that keeps its running total between sends.
def running_total():
    total = 0
    while True:
        amount = yield total
        total += amount
acc = running_total()
next(acc)
print([acc.send(n) for n in (5, 10, -3)])

# Union-find with merges reported by a generator of the merged pairs.
class DisjointSet:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.generator = self.generate()

    def generate(self):
        while not self.parent:
            yield self
        for x in self.parent.generator:
            yield x

    def find(self):
        return next(self.generator)

    def union(self, parent):
        if self.parent:
            raise ValueError("sets must be disjoint")
        self.parent = parent

sets = [DisjointSet(name) for name in "ABCDEFGHIJKLM"]
pairs = [(10, 1), (0, 5), (4, 5), (3, 2), (12, 2), (9, 1), (1, 2), (5, 6), (11, 2), (6, 8), (8, 7), (2, 7)]
for a, b in pairs:
    x, y = sets[a].find(), sets[b].find()
    if x is not y:
        x.union(y)
        print("merged", x.name, "into", y.name)
print([s.find().name for s in sets])
