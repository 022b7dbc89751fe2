# Values sent to the delegating generator reach the delegate.
def accumulate():
    items = []
    while True:
        item = yield
        if item is None:
            return items
        items.append(item)

def collector(batches):
    while True:
        batch = yield from accumulate()
        batches.append(batch)

batches = []
c = collector(batches)
next(c)
for word in ["a", "b", None, "c", None]:
    c.send(word)
print(batches)
