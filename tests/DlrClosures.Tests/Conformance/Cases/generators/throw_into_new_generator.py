# Throwing into a generator that has not started raises at once and finishes it.
def gen():
    try:
        yield 1
    except ValueError:
        print("never")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("out", e)
print(list(g))
