# Closing a generator that never started runs nothing of it.
def gen():
    try:
        print("started")
        yield 1
    finally:
        print("finally")

g = gen()
g.close()
print(list(g))
