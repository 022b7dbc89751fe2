# __qualname__ records where methods were defined; type(obj).__name__ names the class.
class Outer:
    def method(self):
        return 1


def build():
    class Inner:
        def method(self):
            return 2

    return Inner


Inner = build()
print(Outer.__qualname__, Outer.method.__qualname__, Outer.method.__name__)
print(Inner.__qualname__, Inner.method.__qualname__, Inner.__name__)
print(type(Outer()).__name__, type(Inner()).__name__)
print(type(3).__name__, type("s").__name__, type(Outer).__name__)
print(type(Outer()) is Outer)
