# callable, abs, sum with start=, enumerate with start=.
class Fn:
    def __call__(self): return 1
print(callable(Fn()), callable(Fn), callable(3), abs(-4.5), abs(-7), sum([1, 2, 3], start=10), sum([[1], [2]], []))
print(list(enumerate('abc', start=1)), list(enumerate(['x'], 5)))
