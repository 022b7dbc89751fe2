# Assigning to a read-only property is CPython 3.11's AttributeError naming the property.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def diameter(self):
        return 2 * self.r

c = Circle(2)
print(c.diameter)
try:
    del c.diameter
except AttributeError as e:
    print(e)
c.diameter = 5
