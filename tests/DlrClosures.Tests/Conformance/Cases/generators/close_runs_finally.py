# close() raises GeneratorExit at the yield: finally clauses run.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

g = gen()
print(next(g))
g.close()
print("closed")
print(list(g))
g.close()
print("closed twice")
