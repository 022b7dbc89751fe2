# A handler for a base class catches its subclasses; Exception catches ordinary errors.
def lookup(container, key):
    try:
        return container[key]
    except LookupError as e:
        return "missing " + type(e).__name__


print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "z"))
print(lookup([10, 20], 5))
for action in [lambda: 1 / 0, lambda: int("x"), lambda: [][0], lambda: None + 1]:
    try:
        action()
    except Exception as e:
        print("caught", type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
