# A property without a getter is CPython's AttributeError; an AttributeError raised by a getter
# sends the read to __getattr__.
class A:
    setonly = property(None, lambda self, v: print("set", v))
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name

a = A()
a.setonly = 5
print(a.broken)

class B:
    setonly = property(None, lambda self, v: None)
B().setonly
