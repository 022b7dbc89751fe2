# print and str use __str__; repr, containers and !r use __repr__; f-strings use __str__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


p = Point(1, 2)
print(p)
print(repr(p), str(p))
print([p, Point(3, 4)])
print(f"{p} {p!r}")
print(OnlyRepr(), f"{OnlyRepr()}", str(OnlyRepr()))
