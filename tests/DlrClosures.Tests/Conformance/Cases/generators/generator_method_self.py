# A generator method reads self across yields; lambdas capture self too.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def labelled(self):
        label = lambda n: f"{self.start}:{n}"
        for n in self:
            yield label(n)

c = Countdown(3)
print(list(c))
print(list(c.labelled()))
print([x for x in Countdown(2)])
