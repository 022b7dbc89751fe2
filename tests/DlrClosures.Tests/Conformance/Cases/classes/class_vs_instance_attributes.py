# A class attribute is shared until an instance assigns its own attribute of that name.
class Counter:
    kind = "shared"
    count = 0

    def bump(self):
        self.count += 1
        return self.count


a = Counter()
b = Counter()
print(a.kind, b.kind)
a.kind = "own"
print(a.kind, b.kind, Counter.kind)
print(a.bump(), a.bump(), b.bump())
print(Counter.count, a.count, b.count)
Counter.kind = "changed"
print(a.kind, b.kind)
