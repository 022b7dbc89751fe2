# __iadd__ mutating in place keeps identity; without __iadd__, += rebinds to __add__'s result.
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __isub__(self, item):
        self.items.remove(item)
        return self
    def __ior__(self, other):
        self.items.extend(other.items)
        return self

b = Bag()
alias = b
b += 1
b += 2
b -= 1
other = Bag()
other += 9
b |= other
print(b.items, alias is b)

class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + o)
    @classmethod
    def zero(cls):
        return cls(0)
m = Money.zero() + 1
m0 = m
m += 5
print(m.c, m0.c, m is m0)
