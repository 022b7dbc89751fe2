# A function decorator applied to a class receives the class and may return it changed.
registry = []


def register(cls):
    registry.append(cls.__name__)
    cls.tag = "registered"
    return cls


@register
class Alpha:
    pass


@register
class Beta:
    def hello(self):
        return "beta " + self.tag


print(registry)
print(Alpha.tag, Beta().hello())
