# a class's __iadd__ answers +=; NotImplemented falls back to __add__, then to the right operand's __radd__
class A:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        if o == 0: return NotImplemented
        self.v += o
        return self
    def __add__(self, o): return "add"
    def __imul__(self, o): return NotImplemented
    def __repr__(self): return "A(%r)" % self.v
class B:
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
a = A(1)
b = a
a += 5
print(a, a is b)
a += 0
print(a)
x = 3
x += B()
print(x)
y = A(2)
y *= B()
print(y)
