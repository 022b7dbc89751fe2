# isinstance and issubclass with tuples of classes, nested tuples included.
class A: pass
class B(A): pass
print(isinstance(B(), (int, A)), isinstance(1, (str, (float, int))), issubclass(B, (str, A)), issubclass(bool, (list, int)))
