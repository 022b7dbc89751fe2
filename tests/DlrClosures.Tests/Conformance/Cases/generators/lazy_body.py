# Calling a generator function runs none of its body.
def gen():
    print("body runs")
    yield 1

g = gen()
print("made")
print(next(g))
