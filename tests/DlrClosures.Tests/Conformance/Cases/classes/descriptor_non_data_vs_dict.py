# A descriptor with only __get__ is a non-data descriptor: the instance dict shadows it.
class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        print("computed", self.name)
        return value

class Data:
    @Lazy
    def total(self):
        return sum(range(10))

d = Data()
print(d.total)
print(d.total)
print(isinstance(Data.total, Lazy))
