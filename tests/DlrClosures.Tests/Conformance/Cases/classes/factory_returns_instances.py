# A closure factory builds instances; each instance keeps the state given at creation.
class Item:
    def __init__(self, serial, label):
        self.serial = serial
        self.label = label


def make_factory(label):
    serial = 0

    def build():
        nonlocal serial
        serial += 1
        return Item(serial, label)

    return build


widgets = make_factory("widget")
gadgets = make_factory("gadget")
items = [widgets(), widgets(), gadgets(), widgets()]
for it in items:
    print(it.label, it.serial)
