# Attributes of the metaclass are found on its classes (methods bound to the class), but not on
# their instances; the class's own attributes come first.
class Meta(type):
    kind = "meta-kind"
    shadowed = "meta"
    def describe(cls):
        return "class " + cls.__name__

class Model(metaclass=Meta):
    shadowed = "class"

print(Model.kind, Model.shadowed, Model.describe())
try:
    Model().describe
except AttributeError as e:
    print(e)
