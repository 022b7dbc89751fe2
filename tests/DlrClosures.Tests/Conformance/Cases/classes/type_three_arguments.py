# type(name, bases, dict) makes a class; functions in the dict become methods.
def greet(self):
    return "hi from " + type(self).__name__

Base = type("Base", (), {"greet": greet, "n": 1})
Derived = type("Derived", (Base,), {"n": 2, "__doc__": "made by type"})
d = Derived()
print(d.greet(), Derived.n, Base.n, Derived.__doc__, Derived.__mro__)
print(type(d) is Derived, type(Derived) is type, type(type) is type, Derived.__bases__)
print(Derived.__name__, Derived.__qualname__, Derived.__module__)
Meta = type("Meta", (type,), {"tag": "meta"})
Tagged = Meta("Tagged", (Base,), {})
print(type(Tagged).__name__, Tagged.tag, type.__new__(Meta, "N", (), {}).__name__)
try:
    type("X", [], {})
except TypeError as e:
    print(e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(e)
