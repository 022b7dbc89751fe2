# A property is a data descriptor: it wins over an entry of the same name in the instance dict.
class A:
    @property
    def x(self):
        return "property"

a = A()
a.__dict__["x"] = "dict"
print(a.x, a.__dict__)

class Plain:
    def method(self):
        return "method"
p = Plain()
p.__dict__["method"] = lambda: "instance wins over a non-data descriptor"
print(p.method())
