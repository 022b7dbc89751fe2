# Rich comparisons: NotImplemented sends the comparison to the reflected method of the other
# operand; a subclass's reflected method is tried first.
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("Num.__lt__")
        if isinstance(other, Num):
            return self.v < other.v
        return NotImplemented
    def __gt__(self, other):
        print("Num.__gt__")
        if isinstance(other, (int, Num)):
            return self.v > (other if isinstance(other, int) else other.v)
        return NotImplemented
    def __eq__(self, other):
        return isinstance(other, Num) and self.v == other.v

class Big(Num):
    def __gt__(self, other):
        print("Big.__gt__")
        return True

print(Num(1) < Num(2))
print(3 < Num(2))
print(Num(1) < Big(0))
print(Num(1) == Num(1), Num(1) != Num(2), Num(1) == 1)
Num(1) < "x"
