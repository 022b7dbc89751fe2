# Changing a dict while iterating over it: a change of size fails every later step; deleting and
# adding as many keys fails with "keys changed" once and then the iterator is exhausted, unless
# the additions resized the table, in which case the iteration just ends, as in CPython.
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = k
except RuntimeError as e:
    print("add:", e, len(d))
it = iter({1: 1, 2: 2})
d2 = {1: 1, 2: 2}
it = iter(d2)
print(next(it))
del d2[2]
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("again:", e)
d = {1: 1, 2: 2, 3: 3, 4: 4}
seen = []
try:
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 100] = k
except RuntimeError as e:
    print("swap:", e, seen)
d = {1: 1, 2: 2, 3: 3}
seen = []
for k in d:
    seen.append(k)
    del d[k]
    d[k + 10] = k
print("resized:", seen, d)
d = {"x": 1, "y": 2}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("values:", e)
d = {"x": 1, "y": 2}
try:
    for item in d.items():
        d.pop("y")
except RuntimeError as e:
    print("items:", e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print("values replaced:", d)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in reversed(d):
        d[k * 10] = k
except RuntimeError as e:
    print("reversed:", e)
