# __enter__/__exit__ are looked up on the class, never on the instance; a class itself is not a manager.
class Plain:
    pass

p = Plain()
p.__enter__ = lambda: "instance enter"
p.__exit__ = lambda *a: None
try:
    with p:
        pass
except TypeError as e:
    print(e)

Plain.__enter__ = lambda self: "class enter"
Plain.__exit__ = lambda self, *a: print("class exit", a)
with p as v:
    print(v)

class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass

try:
    with Manager:
        pass
except TypeError as e:
    print(e)
