# __call__ makes instances callable (with keywords); __index__ lets them be used as indexes,
# in slices, range() and hex().
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times

class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Idx(1)), list(map(add5, [1, 2])))
data = list("abcdef")
print(data[Idx(2)], data[Idx(1):Idx(4)], list(range(Idx(3))), hex(Idx(255)), "xy" * Idx(2))
Idx(1)()
