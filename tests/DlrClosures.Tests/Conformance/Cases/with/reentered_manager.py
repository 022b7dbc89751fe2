# One manager object used by nested with statements is entered and exited each time.
class Reentrant:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self.level

    def __exit__(self, *exc_info):
        print("leaving level", self.level)
        self.level -= 1

r = Reentrant()
with r as one:
    with r as two:
        with r as three:
            print(one, two, three)
print(r.level)
