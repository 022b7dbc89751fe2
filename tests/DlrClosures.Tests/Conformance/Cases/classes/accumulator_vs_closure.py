# An accumulator written as a class and as a closure behaves the same way.
class Accumulator:
    def __init__(self, start):
        self.total = start

    def add(self, n):
        self.total += n
        return self.total


def make_accumulator(start):
    total = start

    def add(n):
        nonlocal total
        total += n
        return total

    return add


obj = Accumulator(10)
fn = make_accumulator(10)
for step in [1, 2, 3]:
    print(obj.add(step), fn(step))
print(obj.total)
