# Binary operators with reflected forms, in-place forms falling back to the binary one, and
# unary operators.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __rsub__(self, k):
        return Vec(k - self.x, k - self.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

v = Vec(3, 4)
print(v + Vec(1, 1), v * 2, 3 * v, 10 - v, -v, +v, abs(v), ~v, v @ v, v // 2, v ** 2)
w = v
w += Vec(1, 0)
print(w, v, w is v)
w *= 2
print(w)
class Scaled(Vec):
    def __mul__(self, k):
        return super().__mul__(k * 10)
print(Scaled(1, 2) * 2)
v + 1
