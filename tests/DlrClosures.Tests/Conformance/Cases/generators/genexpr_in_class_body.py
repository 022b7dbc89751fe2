# In a class body, the first iterable sees class names; the element does not; it runs lazily.
class C:
    items = [1, 2, 3]
    doubled = list(x * 2 for x in items)
    pending = (x for x in items)
    items.append(4)
    later = list(pending)
    try:
        bad = list(x + items[0] for x in range(2))
    except NameError as e:
        err = str(e)

print(C.doubled, C.later)
print(C.err)
