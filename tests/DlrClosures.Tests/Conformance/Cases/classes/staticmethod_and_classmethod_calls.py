# staticmethod and classmethod read through the class, an instance and a subclass.
class Counter:
    made = 0
    def __init__(self):
        type(self).made += 1
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__

class Sub(Counter):
    pass

print(Counter.add(1, 2), Counter().add(3, 4))
print(len(Sub.create(2)), Sub.made, Counter.made)
print(Counter.name(), Sub.name(), Sub().name())
print(type(Counter.__dict__["add"]).__name__, type(Counter.__dict__["create"]).__name__)
print(Counter.__dict__["add"].__func__ is Counter.add, Counter.create.__self__ is Counter)
