# A subclass overrides a property and reaches the parent's through super().
class Base:
    def __init__(self):
        self._v = 5
    @property
    def value(self):
        return self._v
    @value.setter
    def value(self, v):
        self._v = v

class Doubled(Base):
    @property
    def value(self):
        return super().value * 2
    @value.setter
    def value(self, v):
        Base.value.fset(self, v + 1)

d = Doubled()
print(d.value)
d.value = 10
print(d.value, d._v)
