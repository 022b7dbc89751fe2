# Annotated assignments: bound like plain assignments; in a module or class body a simple name's
# annotation is kept in __annotations__; annotations are evaluated in order.
x: int = 5
y: "a string annotation"
z: list = [1, 2]
print(x, z, __annotations__)

def show(label):
    print("evaluated", label)
    return label

w: show("w") = 1
(paren): show("paren") = 2
print(paren, __annotations__["w"], "paren" in __annotations__)

class Point:
    x: int
    y: int = 0
    label: str = "origin"
    print("in body", __annotations__)

print(Point.y, Point.label, Point.__annotations__)
print(hasattr(Point, "x"))

class Holder:
    pass

h = Holder()
h.value: show("attribute") = 3
items = [0, 0]
items[1]: show("subscript") = 4
print(h.value, items)

def local_annotations():
    count: show("never evaluated in a function") = 1
    missing: int
    count += 1
    return count

print(local_annotations())

def unbound_annotated():
    missing: int
    return missing

try:
    unbound_annotated()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kwargs: dict) -> None:
    return a, b, args, c, kwargs

print(f(1, c=False))
