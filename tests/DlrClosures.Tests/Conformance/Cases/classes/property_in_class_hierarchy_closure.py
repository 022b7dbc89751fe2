# Properties made by a factory function close over the attribute name; the factory is used in
# several classes.
def typed(name, kind):
    key = "_" + name
    def getter(self):
        return getattr(self, key)
    def setter(self, value):
        if not isinstance(value, kind):
            raise TypeError(f"{name} must be {kind.__name__}, not {type(value).__name__}")
        setattr(self, key, value)
    return property(getter, setter)

class Person:
    name = typed("name", str)
    age = typed("age", int)
    def __init__(self, name, age):
        self.name, self.age = name, age

p = Person("Ada", 36)
p.age += 1
print(p.name, p.age, sorted(p.__dict__))
p.age = "old"
