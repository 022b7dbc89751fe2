# Parenthesised items (3.9+): several on one or more lines, with a trailing comma, and a lone item in parentheses.
class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc_info):
        print("exit", self.name)

with (Tag("a") as a, Tag("b") as b):
    print(a, b)
with (
    Tag("x") as x,
    Tag("y"),
    Tag("z") as z,
):
    print(x, z)
with (Tag("solo")) as s:
    print(s)
with (Tag("p"), Tag("q")):
    print("no targets")
