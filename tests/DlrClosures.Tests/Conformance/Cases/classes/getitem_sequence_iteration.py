# Without __iter__, a class with __getitem__ is iterable until IndexError; `in` uses it too.
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Squares()), 9 in Squares(), 5 in Squares())
a, b, c, d = Squares()
print(a + b + c + d, max(Squares()))

class Cubes(Squares):
    def __getitem__(self, i):
        return super().__getitem__(i) * i
print(list(Cubes()))

class NotIterable:
    pass
for x in NotIterable():
    pass
