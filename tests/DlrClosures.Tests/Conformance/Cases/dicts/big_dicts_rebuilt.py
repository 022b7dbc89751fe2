# Dicts big enough to reuse the tables an earlier dict released and to share their int boxes:
# built again and again over the same keys, with deletions, a clear and regrowth, a copy, and an
# __eq__ that grows the dict during a lookup. Contents, order and lengths must be as if every table
# were new.
def build(n, r):
    d = {}
    for i in range(n):
        d[i * 3 + r] = i + r
    return d


total = 0
kept = []
for r in range(4):
    d = build(30000, r)
    for i in range(0, 30000, 7):
        del d[i * 3 + r]
    kept.append(d)
    total += len(d) + sum(d.values()) % 1000003 + list(d)[100] + list(d.values())[-1]
print(total)
print([len(d) for d in kept], [list(d)[:3] for d in kept])
print(all(kept[1][k] == kept[1][k] for k in list(kept[1])[::1000]), kept[0].get(3 * 6, "gone"), kept[0].get(3 * 7, "gone"))

big = build(20000, 0)
copy = big.copy()
big.clear()
for i in range(25000):
    big[-i] = str(i)
print(len(big), big[-24999], len(copy), copy[59997], list(copy)[-1], list(big)[:3])


class Grows:
    def __init__(self, target, n):
        self.target = target
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if self.n:
            n, self.n = self.n, 0
            for i in range(n):
                self.target[10**6 + i] = i
        return self is other


g = {}
first = Grows(g, 0)
g[first] = "first"
first.n = 20000
probe = Grows(g, 0)
print(g.get(probe, "absent"), len(g), g[first], g[10**6 + 19999])
values = list(range(300000, 300010))
shared = {}
for i in range(20000):
    shared[i] = i
for v in values:
    shared[v] = v
print(sum(shared[v] for v in values), shared[19999], 300005 in shared, len(shared))
