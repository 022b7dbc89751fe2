# A bare yield yields None; next() sends None in.
def gen():
    got = yield
    print("got", got)
    got = yield
    print("got", got)

g = gen()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("end")
