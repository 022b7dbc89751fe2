# A next() on an exhausted iterator inside a generator is a RuntimeError too.
def firsts(*iterables):
    for it in iterables:
        yield next(iter(it))

print(list(firsts([1, 2], "ab")))
try:
    list(firsts([1], []))
except RuntimeError as e:
    print(e)
