# __class__ inside a method is the class being defined, even when the method is called through a
# subclass or stored elsewhere; the cell appears in the method's __closure__.
class Base:
    def where(self):
        return __class__.__name__, type(self).__name__

class Sub(Base):
    pass

f = Base.where
print(Sub().where(), f(Sub()))
print(Base.where.__code__.co_freevars, Base.where.__closure__[0].cell_contents is Base)
