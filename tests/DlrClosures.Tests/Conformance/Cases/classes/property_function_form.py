# property(fget, fset, fdel, doc) called as a function; fget/fset/fdel are readable; a property
# read through the class is the property itself.
class Box:
    def __init__(self):
        self._v = 1
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 10
    v = property(get_v, set_v, None, "the value")

b = Box()
b.v = 3
print(b.v, Box.v.__doc__, Box.v.fget is Box.get_v, Box.v.fdel)
print(isinstance(Box.v, property), type(Box.v).__name__)
print(Box.v.__get__(b), Box.v.__get__(None, Box) is Box.v)
Box.v.__set__(b, 7)
print(b.v)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
