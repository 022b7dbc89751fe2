# d.get((a, b)) and d.get((a, b), default) find the key (a, b) by value whatever the items are:
# ints, strs, floats equal to ints, bools, instances whose __eq__ or __hash__ Python defines; the
# items and the default are evaluated in order, and other receivers get the tuple itself.
order = []


def item(v):
    order.append(v)
    return v


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        order.append("eq")
        return other == (self.x, self.y)


grid = {(1, 2): "a", ("s", 3): "b", (2.5, 0): "c", Point(7, 8): "point", (True, 0): "bool"}
print(grid.get((1, 2)), grid.get((1.0, 2.0)), grid.get(("s", 3), "-"), grid.get((2.5, False)))
print(grid.get((1, 0)), grid.get((1, 2, 3), "three"), grid.get((7, 8)), order)
print(grid.get((item("x"), item("y")), item("default")), order)
args = (1, 2)
print(grid.get((*args,)), grid.get(((1, 2), 0), "nested"), grid.get((0, None), "none"))
try:
    grid.get(([1], 2))
except TypeError as e:
    print("TypeError:", e)


class Lookup:
    def get(self, key, default="no default"):
        return ("Lookup.get", key, default)


for receiver in [grid, Lookup()]:
    print(receiver.get((1, 2)), receiver.get((3, 4), 0))
