# Special methods of a metaclass apply to its classes: repr, indexing, len, isinstance checks.
class EnumMeta(type):
    def __repr__(cls):
        return "<enum " + cls.__name__ + ">"
    def __getitem__(cls, key):
        return getattr(cls, key)
    def __len__(cls):
        return len([k for k in cls.__dict__ if k.isupper()])
    def __instancecheck__(cls, obj):
        return obj in (1, 2, 3)

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3

print(repr(Color), Color["GREEN"], len(Color), isinstance(2, Color), isinstance(7, Color))
print(str(Color), [Color])
