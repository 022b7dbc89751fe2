# A yield inside an except clause; a bare raise after it re-raises the handled exception.
def gen():
    try:
        raise KeyError("k")
    except KeyError as e:
        yield "handling " + str(e)
        raise

g = gen()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("re-raised", e)
