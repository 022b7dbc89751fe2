# in / not in / is / is not.
d = {"a": 1}
print("a" in d, 1 in d, 1 in d.values(), "z" not in d)
print("ell" in "hello", "" in "x", 3 in [1, 2, 3], 3 in range(3))
v = None
print(v is None, v is not None, not v is None)
xs = [1]
ys = xs
zs = [1]
print(xs is ys, xs is zs, xs == zs, xs is not zs)
