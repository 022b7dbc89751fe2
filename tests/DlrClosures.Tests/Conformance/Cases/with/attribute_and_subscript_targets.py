# Attributes and subscripts are valid with-targets, alone and inside a tuple target.
class Give:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc_info):
        pass

class Box:
    pass

box = Box()
table = {1: [0, 0, 0]}
with Give("attr") as box.slot:
    print(box.slot)
with Give("item") as table[2]:
    print(sorted(table))
with Give(9) as table[1][0]:
    print(table[1])
with Give((4, 5, 6)) as (table[1][0], box.other, table["k"]):
    print(table, box.other)
with Give(7) as list(table.values())[0][2]:
    print(table[1])
