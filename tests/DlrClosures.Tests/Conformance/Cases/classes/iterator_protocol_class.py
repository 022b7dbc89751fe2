# A class implementing __iter__ and __next__; StopIteration ends loops, comprehensions, next()
# with a default and unpacking.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
it = Countdown(1)
print(next(it), next(it, "done"), dict(zip("ab", Countdown(5))))

class Evens(Countdown):
    def __next__(self):
        value = super().__next__()
        return value * 2
print(list(Evens(3)))

class BadIter:
    def __iter__(self):
        return 5
iter(BadIter())
