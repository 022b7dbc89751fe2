# A user data descriptor: __get__, __set__ and __delete__ on a class attribute take over
# instance reads, writes and deletes; read through the class, __get__ receives None.
class Field:
    def __set_name__(self, owner, name):
        self.key = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Field on " + objtype.__name__
        return obj.__dict__.get(self.key, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.key] = value * 2
    def __delete__(self, obj):
        print("deleting", self.key)
        del obj.__dict__[self.key]

class Model:
    size = Field()

m = Model()
print(m.size, Model.size)
m.size = 21
print(m.size, sorted(m.__dict__))
del m.size
print(m.size)
