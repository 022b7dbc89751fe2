# d.get, d.setdefault, d.pop, d.popitem and lst.append called on a dict or list, and the same names
# on other objects: the method is looked up before the arguments are evaluated, an object whose
# attribute is replaced meanwhile calls the old one, and errors read as CPython's.
d = {"a": 1, (1, 2): "t"}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get((True, 2.0)), d.get((1, 2, 3), "none"))
print(d.setdefault("c"), d.setdefault("e", 5), d.setdefault("e", 6), d)
print(d.pop("c"), d.pop("zz", "dflt"), d.popitem(), d)
lst = []
print(lst.append(3), lst.append((1, 2)), lst)


class Box:
    def __init__(self):
        self.log = []
        self.get = lambda k, v=None: ("box", k, v)

    def append(self, x):
        self.log.append(x)
        return len(self.log)


b = Box()
print(b.get("a"), b.get("a", 1), b.append(7), b.append(8), b.log)


def swap():
    b.get = lambda k, v=None: ("new", k)
    return "k"


print(b.get(swap(), 0), b.get("again"))
for receiver in [{1: "x"}, [1], "s", Box()]:
    try:
        print(receiver.get(1, "-"))
    except AttributeError as e:
        print("AttributeError:", e)
for call in [lambda: {}.pop("k"), lambda: {}.popitem(), lambda: d.get([1]), lambda: d.get(),
             lambda: d.pop(1, 2, 3), lambda: [].append(), lambda: d.setdefault({}, 1)]:
    try:
        print(call())
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
