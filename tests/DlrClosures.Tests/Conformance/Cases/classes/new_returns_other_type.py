# When __new__ returns an object that is not an instance of the class, __init__ is skipped;
# __new__ is an implicit staticmethod and can cache instances.
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        print("init", key)
        self.key = key

class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")

a, b = Cached("x"), Cached("x")
print(a is b, Weird(), type(Cached.__dict__["__new__"]).__name__)
