# A dict of ints that are their own hash answers lookups of other ints with the same hash
# correctly: m + 5 and 5 collide (ints hash modulo m = 2**61 - 1), so do -1 and -2, and True, 1.0
# find the int 1; after a float, a bool or a big int joins the keys, lookups still compare values.
m = 2**61 - 1
d = {i: i * i for i in range(-3, 8)}
print(d.get(m + 5), d.get(5), d.get(-1), d.get(-2), d.get(True), d.get(1.0), d.get(m - 1), (m + 5) in d)
d[m + 5] = "m+5"
print(d[5], d[m + 5], d.get(2 * m + 5), len(d))
e = {-1: "minus one"}
print(e.get(-2), e.get(-1), -2 in e)
e[-2] = "minus two"
print(e[-1], e[-2], len(e))
f = {1: "int"}
f[1.0] = "float replaces the value, keeps the key"
f[2.5] = "float"
print(f, f.get(True), f.get(2), 2.5 in f)
g = {True: "bool first"}
g[1] = "then int"
print(g, g.get(1), g.get(1.0))
h = {}
for k in range(0, 3000, 3):
    h[k] = k
print(sum(h.get(k, 0) for k in range(3000)), len(h), h.get(m + 3), h.pop(m + 3, "absent"))
h[m + 3] = "big"
print(h[3], h[m + 3], len(h))
