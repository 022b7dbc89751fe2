# One key object looked up again and again (d[k] += 1, `if k in d: d[k]`, get then set): the
# answer is the same whatever happened to the dict between two lookups.
words = "a bb a ccc bb a dddd".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
seen = {}
for w in words:
    if w in seen:
        seen[w] += 1
    else:
        seen[w] = 1
print(counts, seen, counts == seen)

# The same key object after its entry was deleted, popped, or the table resized or cleared.
k = "key" + str(7)
d = {k: 1}
d[k] += 1
del d[k]
print(k in d, d.get(k), d.setdefault(k, 10), d[k])
d.popitem()
print(k in d, d.get(k, "gone"))
d[k] = 5
for i in range(100):
    d[i * 1000] = i
d[k] += 1
print(d[k], len(d), list(d)[:3])
d.clear()
print(k in d, d.get(k, "cleared"))
d[k] = 1
print(d)

# Big ints: one box looked up repeatedly, another equal box, and 1, 1.0 and True as one key.
big = 10 ** 6 + 3
n = {big: "a"}
n[big] += "b"
print(n[big], n[10 ** 6 + 3], big in n)
m = {1: "int"}
m[1.0] = "float"
m[True] += "!"
print(m)


# A key whose __eq__ counts its calls: the count is CPython's, even for a key looked up twice.
class Key:
    calls = 0

    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.h == other.h


a, b = Key(5), Key(5 + 2 ** 10)
mixed = {5: "int", a: "a"}
mixed[a] = "A"
print(mixed[a], mixed[5], Key.calls)
x = 5
mixed[x] = "five"
print(mixed[x], Key.calls)
mixed[b] = "b"
print(mixed[b], mixed[b], Key.calls)
