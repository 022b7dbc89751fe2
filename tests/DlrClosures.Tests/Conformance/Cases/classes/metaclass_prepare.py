# __prepare__ makes the namespace the class body runs in, and receives the class keywords.
class Recording(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        ns = {"preset": 42}
        return ns
    def __new__(mcs, name, bases, ns, **kw):
        print("body saw", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Config(metaclass=Recording, debug=True):
    seen = preset + 1
    other = "x"

print(Config.preset, Config.seen)
