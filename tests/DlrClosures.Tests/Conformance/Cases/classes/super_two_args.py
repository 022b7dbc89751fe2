# super(C, self) names the class explicitly; super(C, cls) works in a classmethod.
class A:
    def who(self):
        return "A"
    @classmethod
    def kind(cls):
        return "A.kind(" + cls.__name__ + ")"

class B(A):
    def who(self):
        return "B>" + super(B, self).who()
    @classmethod
    def kind(cls):
        return "B>" + super(B, cls).kind()

class C(B):
    def who(self):
        return "C>" + super(B, self).who()

print(C().who(), B().who())
print(B.kind(), C.kind())
