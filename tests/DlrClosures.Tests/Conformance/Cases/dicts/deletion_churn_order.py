# Deleting and reinserting keeps insertion order: a key deleted and set again goes to the end, the
# order survives the table being rebuilt many times over, and popitem takes the last key.
d = {}
for i in range(100):
    d[i] = i
for i in range(0, 100, 3):
    del d[i]
print(list(d)[:8], len(d))
for i in range(0, 100, 3):
    d[i] = -i
print(list(d)[-5:], len(d))
window = {}
for i in range(5000):
    window[i * 7 % 1009] = i
    if len(window) > 40:
        oldest = next(iter(window))
        del window[oldest]
print(len(window), list(window)[:6], list(window.values())[-3:])
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 4
print(d, list(d.items()))
print(d.popitem(), d.popitem(), d)
d["z"] = 26
d["b"] = 20
print(d, d.pop("b"), d.pop("missing", "default"), d)
order = {}
for w in ["pear", "fig", "apple", "fig", "kiwi", "pear", "date"]:
    order.pop(w, None)
    order[w] = len(order)
print(order)
print(list(reversed({1: "a", 2: "b", 3: "c"})))
e = {}
print(e.pop([], "no hash needed"), e.pop(1, None))
