# __code__ can be swapped for code with as many free variables; __closure__ is read-only.
def f():
    return "f's code"
def g():
    return "g's code"
f.__code__ = g.__code__
print(f(), f.__name__, f.__code__.co_name)
def make(v):
    def inner():
        return v
    return inner
one, two = make(1), make(2)
one.__code__ = two.__code__
print(one(), two())
for attempt in [lambda: setattr(f, "__code__", 5), lambda: setattr(f, "__closure__", ()), lambda: setattr(f, "__code__", one.__code__)]:
    try:
        attempt()
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
f.__module__ = "elsewhere"
print(f.__module__)
