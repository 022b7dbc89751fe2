# __exit__ can take *args; __enter__ can return a tuple that is unpacked over two items.
class Dummy:
    def __init__(self, value):
        self.value = value
        self.exc_info = None

    def __enter__(self):
        return self.value

    def __exit__(self, *exc_info):
        self.exc_info = exc_info
        return True

a = Dummy((1, 2))
b = Dummy((10, 20))
with a as (a1, a2), b as (b1, b2):
    print(a1, a2, b1, b2)
print(a.exc_info, b.exc_info)
with a, b:
    raise TypeError("t")
print(a.exc_info[0], b.exc_info[0].__name__, str(b.exc_info[1]))
