# A metaclass that registers every class it makes, by name, skipping the abstract base.
registry = {}

class Registered(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            registry[name.lower()] = cls

class Plugin(metaclass=Registered):
    def run(self):
        return type(self).__name__ + " runs"

class Alpha(Plugin):
    pass

class Beta(Plugin):
    def run(self):
        return "beta: " + super().run()

print(sorted(registry))
print([registry[k]().run() for k in sorted(registry)])
