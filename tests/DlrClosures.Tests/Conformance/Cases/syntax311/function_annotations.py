# Parameter and return annotations are evaluated where the def runs (after defaults, after the
# decorators are evaluated), kept in the function's __annotations__ in CPython's order, with
# private names mangled; a function without any has an empty dict, made on first read.
order = []

def note(label, value=None):
    order.append(label)
    return value if value is not None else label

def deco(label):
    note("decorator " + label)
    def wrap(f):
        note("apply " + label)
        return f
    return wrap

@deco("d")
def f(a: note("a", int), b: note("b") = note("default b"), *args: note("args"), k: note("k") = note("default k"),
      **kw: note("kw")) -> note("return", bool):
    return a

print(order)
print(f.__annotations__)
print(f(1), "__annotations__" in f.__dict__)

def plain(x, y):
    pass

print(plain.__annotations__, (lambda: 0).__annotations__)
plain.__annotations__["x"] = str
print(plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)

class C:
    kind = "C kind"

    def __m(self, __x: kind, y: "later") -> kind:
        pass

print(C._C__m.__annotations__)

def outer():
    local_type = list
    def inner(v: local_type) -> local_type:
        return v
    return inner

print(outer().__annotations__)

try:
    def broken(x: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)
try:
    broken
except NameError as e:
    print("NameError:", e)
