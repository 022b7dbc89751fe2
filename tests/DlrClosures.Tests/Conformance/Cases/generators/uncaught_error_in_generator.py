# An exception escaping a generator is reported with its message.
def gen():
    yield 1
    raise ValueError("bad item")

for v in gen():
    print(v)
