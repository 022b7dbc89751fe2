# Class decorators run after the class is made; a decorator factory closes over its arguments
# and adds methods that close over them too.
def with_prefix(prefix):
    def decorate(cls):
        def tagged(self):
            return prefix + ":" + self.name
        cls.tagged = tagged
        cls.decorated_by = prefix
        cls.upper = property(lambda self: self.name.upper())
        return cls
    return decorate

def register(registry):
    def decorate(cls):
        registry.append(cls.__name__)
        return cls
    return decorate

found = []

@register(found)
@with_prefix("item")
class Item:
    def __init__(self, name):
        self.name = name

print(Item("x").tagged(), Item.decorated_by, found, Item("y").upper)
