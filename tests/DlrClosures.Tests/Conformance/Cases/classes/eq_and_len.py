# __eq__ drives == and != and `in`; __len__ drives len() and truthiness.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __eq__(self, other):
        return sorted(self.items) == sorted(other.items)

    def __len__(self):
        return len(self.items)


a = Bag(3, 1, 2)
b = Bag(1, 2, 3)
c = Bag(1)
print(a == b, a != b, a == c, a != c)
print(a is b)
print(b in [c, a])
print(len(a), len(c), len(Bag()))
print(bool(Bag()), bool(c))
if not Bag():
    print("empty bag is falsy")
