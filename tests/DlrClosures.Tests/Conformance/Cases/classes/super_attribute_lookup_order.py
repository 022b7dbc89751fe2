# super() looks attributes up along the MRO after the class: class attributes, methods and
# properties of later classes, skipping the current one.
class A:
    x = "A.x"
    @property
    def p(self):
        return "A.p of " + type(self).__name__

class B(A):
    x = "B.x"

class C(B):
    x = "C.x"
    def show(self):
        return super().x, super(B, self).x, super().p

print(C().show())
try:
    super(A, C()).x
except AttributeError as e:
    print(e)
