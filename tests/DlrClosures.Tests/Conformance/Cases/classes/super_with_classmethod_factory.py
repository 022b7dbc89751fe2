# Alternate constructors through classmethods and super(): cls stays the subclass.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z
    @classmethod
    def origin(cls):
        p = super().origin()
        p.z = -1
        return p
    def __repr__(self):
        return super().__repr__() + f"+z={self.z}"

print(Point.origin(), Point3.origin(), Point3(1, 2, 3))
