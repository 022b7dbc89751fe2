# return (yield x): the value sent in becomes the generator's return value.
def gen():
    return (yield "question")

g = gen()
print(next(g))
try:
    g.send("answer")
except StopIteration as e:
    print(e.value)
