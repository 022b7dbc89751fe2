# A for loop ignores the generator's return value; yield from captures it.
def gen():
    yield 1
    return "kept"

for v in gen():
    print(v)

def outer():
    value = yield from gen()
    yield value

print(list(outer()))
