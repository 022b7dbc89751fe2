# A key whose __eq__ changes the dict being searched: CPython notices that the entry it was
# comparing against moved or vanished and restarts the lookup, so the answer reflects the dict as
# it is after the mutation.
class Key:
    def __init__(self, name, action=None):
        self.name = name
        self.action = action

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.action is not None:
            action = self.action
            self.action = None
            action()
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(" + self.name + ")"


d = {}
a = Key("a")
d[a] = 1
a.action = lambda: d.clear()
print(Key("a") in d, d)
d[Key("b")] = 2
d[Key("c")] = 3


def grow():
    for i in range(20):
        d[i] = i


stored = list(d)[0]
stored.action = grow
print(Key("c") in d, len(d))
stored.action = None
victim = list(d)[1]
victim.action = lambda: d.pop(victim)
print(d.get(Key("c")), len(d), Key("b") in d)
d2 = {Key("x"): "x"}
first = list(d2)[0]
first.action = lambda: d2.update({Key("y"): "y"})
d2[Key("y")] = "second"
print(d2)
