# gi_running is true only while the body runs.
def gen():
    yield g.gi_running

g = gen()
print(g.gi_running)
print(next(g))
print(g.gi_running)
