# isinstance and issubclass with classes, tuples (nested too) and a metaclass's
# __subclasscheck__.
class A: pass
class B(A): pass
class C: pass

print(isinstance(B(), A), isinstance(B(), (C, (int, A))), isinstance(C(), (A, B)))
print(issubclass(B, (C, A)), issubclass(A, B), issubclass(B, object), issubclass(bool, (str, int)))

class Duck(type):
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Quacker(metaclass=Duck):
    pass

class Mallard:
    quack = True

print(issubclass(Mallard, Quacker), issubclass(int, Quacker))
issubclass(B(), A)
