# metaclass= may be any callable: it receives name, bases and the namespace and its result is
# bound to the class name.
def tagged(name, bases, ns):
    ns["tag"] = name.upper()
    return type(name, bases, ns)

class Thing(metaclass=tagged):
    x = 1

print(Thing.tag, Thing.x, type(Thing).__name__)

def not_a_class(name, bases, ns):
    return (name, sorted(k for k in ns if not k.startswith("__")))

class Fake(metaclass=not_a_class):
    a = 1
    b = 2

print(Fake)
