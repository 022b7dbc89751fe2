# Runtime check (recursion): output and error must be exactly CPython's.
def nest(n):
    x = []
    for i in range(n): x = [x]
    return x
def ok(f, n):
    try: f(nest(n)); return True
    except RecursionError: return False
def deepest(f):
    # the largest nesting f accepts, by bisection (ok is monotonic in n)
    lo, hi = 0, 2000
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if ok(f, mid): lo = mid
        else: hi = mid
    return lo
# str is left out: CPython's own limit for str() moves with how it was warmed up (its adaptive
# interpreter specialises the calls), so no fixed number describes it.
print("repr", deepest(repr))
def g():
    print("in g", deepest(repr))
g()
d = {}
for i in range(1000): d = {1: d}
try: repr(d)
except RecursionError as e: print(e)
t = ()
for i in range(1000): t = (t,)
try: str(t)
except RecursionError as e: print(e)
class A:
    def __repr__(self): return repr(self)
try: repr(A())
except RecursionError as e: print(e)
class B:
    def __repr__(self): return "<" + repr([self]) + ">"
try: print(B())
except RecursionError as e: print(e)
class C:
    def __str__(self): return str(self)
try: print(C())
except RecursionError as e: print(e)
x = nest(1000)
print(len(repr(x)))
