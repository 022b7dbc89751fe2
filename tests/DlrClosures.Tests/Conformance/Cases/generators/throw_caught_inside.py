# throw() raises at the suspended yield; a handler there can go on yielding.
def gen():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)

g = gen()
print(next(g))
print(g.throw(ValueError("first")))
print(g.throw(ValueError, "second"))
print(g.throw(ValueError))
