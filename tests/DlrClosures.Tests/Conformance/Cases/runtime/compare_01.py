# rich comparisons return what the special method returns; reflected ones too
class A:
    def __lt__(self, o): return "lt"
    def __gt__(self, o): return [1]
    def __le__(self, o): return 0
    def __eq__(self, o): return "eq"
    def __ge__(self, o): return NotImplemented
print(A() < 1, 1 < A(), A() > 2, A() <= 1, A() == 3, 3 == A(), A() != 3)
print([A()] < [1], (1, A()) > (1, 2), [A()] == [A()])
if A() < 1: print("truthy")
if not (A() <= 1): print("falsy")
print(1 < 2, "a" < "b", [1] < [2], 1 > 2.5)
try:
    A() >= 1
except TypeError as e:
    print(e)
class B:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "B.gt"
print(B() < B())
