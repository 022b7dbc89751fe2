# A small linear-algebra module: Vector and Matrix with arithmetic dunders (reflected and in-place),
# __matmul__, indexing with tuples, __eq__/__hash__ for frozen values, __bool__/__len__, __format__,
# a Fraction-like Rational used as the entry type, and Gaussian elimination on it.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Rational:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Rational(%d, 0)" % n)
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Rational) else Rational(x)

    def __add__(self, o):
        o = Rational.of(o)
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __neg__(self):
        return Rational(-self.n, self.d)

    def __sub__(self, o):
        return self + -Rational.of(o)

    def __rsub__(self, o):
        return Rational.of(o) - self

    def __mul__(self, o):
        o = Rational.of(o)
        return Rational(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Rational.of(o)
        return Rational(self.n * o.d, self.d * o.n)

    def __eq__(self, o):
        o = Rational.of(o)
        return self.n == o.n and self.d == o.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __abs__(self):
        return Rational(abs(self.n), self.d)

    def __lt__(self, o):
        o = Rational.of(o)
        return self.n * o.d < o.n * self.d

    def __format__(self, spec):
        text = str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
        return format(text, spec)

    def __repr__(self):
        return f"Rational({self.n}, {self.d})"


class Matrix:
    def __init__(self, rows):
        self.rows = [[Rational.of(x) for x in r] for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = Rational.of(value)

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        return Matrix([[sum((self[i, k] * other[k, j] for k in range(m)), Rational(0))
                        for j in range(p)] for i in range(n)])

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __iadd__(self, other):
        for i, r in enumerate(other.rows):
            for j, x in enumerate(r):
                self.rows[i][j] += x
        return self

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __format__(self, spec):
        width = int(spec or 0)
        return "\n".join(" ".join(format(x, f">{width}") for x in r) for r in self.rows)

    def inverse(self):
        n, _ = self.shape
        work = [r[:] + e for r, e in zip(self.rows, Matrix.identity(n).rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(work[r][col]))
            if not work[pivot][col]:
                raise ZeroDivisionError("matrix is singular")
            work[col], work[pivot] = work[pivot], work[col]
            p = work[col][col]
            work[col] = [x / p for x in work[col]]
            for r in range(n):
                if r != col and work[r][col]:
                    f = work[r][col]
                    work[r] = [a - f * b for a, b in zip(work[r], work[col])]
        return Matrix([r[n:] for r in work])


a = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
inv = a.inverse()
print(format(inv, "6"))
print(a @ inv == Matrix.identity(3), inv @ a == Matrix.identity(3))
b = 2 * a
b += Matrix.identity(3)
print(format(b, "3"), b.shape, b[1, 1], repr(b[0, 0] / 4))
print(sorted([Rational(1, 3), Rational(-1, 2), Rational(5, 4)]), len({Rational(2, 4), Rational(1, 2)}))
print(f"{Rational(6, -4):>8}|{1 - Rational(1, 3)}|{Rational(3) == 3}")
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
