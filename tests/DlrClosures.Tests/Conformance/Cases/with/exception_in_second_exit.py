# An exception from the inner item's __exit__ reaches the outer item's __exit__, which may swallow it.
class Gobble:
    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.seen = exc_info
        return True

class ExitRaises:
    def __enter__(self):
        pass

    def __exit__(self, *exc_info):
        raise RuntimeError("inner exit")

body_ran = False
with Gobble() as a, ExitRaises():
    body_ran = True
print(body_ran, a.seen[0].__name__, a.seen[1])
