# A lambda inside a method sees __class__ through its closure, but super() there takes the lambda's
# own first argument: with an argument it works, without one it is CPython's RuntimeError.
class Base:
    def greet(self, who):
        return "hello " + who

class Child(Base):
    def greet_all(self, names):
        return list(map(lambda s: super(Child, self).greet(s), names))
    def with_arg(self):
        f = lambda me: super().greet("arg")
        return f(self)
    def broken(self):
        return (lambda: super().greet("x"))()

c = Child()
print(c.greet_all(["a", "b"]))
print(c.with_arg())
c.broken()
