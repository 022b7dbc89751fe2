# The in-place set methods keep CPython's table: difference_update discards in place (and compacts
# the table when a quarter of it is dummies), intersection_update swaps in the intersection's
# table. Iteration order shows both. Found by a Project Euler program whose answer depended on it.
def show(label, s):
    print(label, list(s)[:8], len(s))

s = set(range(3, 100, 2))
s.difference_update(set(range(9, 100, 3)) | {25, 35, 55, 65, 85, 95})
show("odd primes-ish", s)

s = set(range(3, 100, 2))
s -= set(range(9, 100, 3)) | {25, 35, 55, 65, 85, 95}
show("same with -=", s)

words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"}
w = set(words)
w.difference_update(["beta", "delta", "zeta"])
print(sorted(w), len(w))
w.intersection_update({"alpha", "eta", "iota", "nu"}, ["alpha", "iota", "eta"])
print(sorted(w))

# Closures that share one set through a cell: each sieve step updates it in place.
def make_sieve(limit):
    candidates = set(range(2, limit))
    def strike(p):
        candidates.difference_update(range(p * p, limit, p))
        return candidates
    return strike

strike = make_sieve(200)
for p in (2, 3, 5, 7, 11, 13):
    remaining = strike(p)
show("sieve", remaining)
print(sum(remaining))

t = set(range(0, 64))
u = set(range(32, 96))
t.intersection_update(u)
show("intersection_update", t)
t &= set(range(40, 50))
show("&=", t)

big = set(range(1000))
small = {5, 500, 999}
show("big - small", big - small)
show("difference(many)", big.difference(small, range(0, 1000, 2)))
show("intersection(many)", big.intersection(range(0, 1000, 3), {3, 6, 9, 12}))
show("union(iterables)", {1, 2}.union([9, 17, 33], (64, 8)))

e = {1, 2, 3}
e.difference_update(e)
print(e)
x = {1, 2, 3}
x.difference_update()
x.intersection_update()
print(x)

for n in (2000, 20000):
    z = set(range(n))
    for i in range(0, n, 3):
        z.difference_update({i})
    show("churn %d" % n, z)
