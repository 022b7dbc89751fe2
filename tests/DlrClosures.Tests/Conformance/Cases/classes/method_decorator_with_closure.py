# A decorator on methods wraps them in a closure that counts calls per method and keeps self.
def counted(func):
    calls = 0
    def wrapper(self, *args):
        nonlocal calls
        calls += 1
        return f"{func.__name__}#{calls}:" + str(func(self, *args))
    wrapper.__name__ = func.__name__
    return wrapper

class Calc:
    def __init__(self, base):
        self.base = base
    @counted
    def add(self, n):
        return self.base + n
    @staticmethod
    @counted
    def pure(self, n):
        return n * 2

c = Calc(10)
print(c.add(1), c.add(2), Calc(0).add(5))
print(Calc.pure(None, 4), c.pure(None, 1))
