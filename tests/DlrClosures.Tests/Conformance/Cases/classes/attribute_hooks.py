# A class's __getattribute__, __setattr__ and __delattr__ run for every attribute access on its
# instances; object's own methods do the default work; __getattr__ runs only when the attribute
# is missing, also after __getattribute__ raises AttributeError.
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)

    def __getattribute__(self, name):
        if name == "virtual":
            return "computed"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "missing " + name

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


o = Logged()
o.x = 21
print(o.x, o.virtual, o.nothing)
setattr(o, "y", 1)
print(getattr(o, "y"), o.__dict__)
del o.x
print(o.x)
try:
    del o.x
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    pass


class Frozen(Base):
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)


f = Frozen()
try:
    f.a = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(f, "a"))
try:
    object.__setattr__(f, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__getattribute__(f, "zz")
except AttributeError as e:
    print("AttributeError:", e)
