# super() through three levels of __repr__ and __eq__ overrides, each adding to the result.
class A:
    def __repr__(self):
        return "A"
    def tags(self):
        return ["a"]

class B(A):
    def __repr__(self):
        return "B(" + super().__repr__() + ")"
    def tags(self):
        return super().tags() + ["b"]

class C(B):
    def __repr__(self):
        return "C(" + super().__repr__() + ")"
    def tags(self):
        return [t.upper() for t in super().tags()] + ["c"]

print(repr(C()), C().tags(), [C(), B()])
print(super(C, C()).__repr__(), object.__repr__(A()).startswith("<__main__.A object"))
