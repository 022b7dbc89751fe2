# Dicts keep insertion order; rebinding a key keeps its place.
d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
d["zebra"] = 10
print(d)
del d["apple"]
d["apple"] = 4
print(d)
print(list(d), list(d.items()))
print({1: "a", True: "b", 1.0: "c"})
