# the old sequence protocol: __getitem__ with 0, 1, ... until IndexError
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), sorted(Seq(), reverse=True), sum(Seq()))
for x in Seq(): print(x, end=" ")
print()
a, b, c = Seq()
print(a, b, c, max(Seq()), [*Seq()], tuple(Seq()), set(Seq()) == {0, 10, 20})
it = iter(Seq())
print(next(it), next(it), type(it).__name__)
class Stop:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(Stop()))
class A: pass
try:
    1 in A()
except TypeError as e:
    print(e)
try:
    iter(A())
except TypeError as e:
    print(e)
class D:
    def __getitem__(self, k): return {"a": 1}[k]
try:
    list(D())
except KeyError as e:
    print("KeyError", e)
