# __repr__, __str__ and __format__: str() falls back to __repr__, format specs reach __format__,
# containers use repr of their items.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec == "d":
            return f"${self.cents / 100:.2f}"
        return repr(self)

class Label:
    def __str__(self):
        return "label!"

m = Money(1234)
print(str(m), repr(m), [m], f"{m:d}", f"{m}", format(m, "d"), "{:d}".format(m))
print(str(Label()), f"{Label()}", "%s" % Label())
print(repr(Label()).startswith("<__main__.Label object at 0x"))
class Loud(Label):
    def __str__(self):
        return super().__str__().upper()
print(str(Loud()))
format(Label(), "x")
