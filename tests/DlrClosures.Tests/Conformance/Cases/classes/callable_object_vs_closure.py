# An object with __call__ and a closure can stand in for each other.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


def multiplier(k):
    def call(x):
        return x * k

    return call


ops = [Multiplier(3), multiplier(3)]
for op in ops:
    print(op(5), callable(op))
print(list(map(Multiplier(2), [1, 2, 3])))
print(list(map(multiplier(2), [1, 2, 3])))
print(callable(Multiplier), callable(5))
