# A generator takes __name__ and __qualname__ from its function.
def outer():
    def inner():
        yield 1
    return inner()

class K:
    def method(self):
        yield 2

g = outer()
print(g.__name__, g.__qualname__)
m = K().method()
print(m.__name__, m.__qualname__)
print((x for x in []).__name__)
print(type(g).__name__)
