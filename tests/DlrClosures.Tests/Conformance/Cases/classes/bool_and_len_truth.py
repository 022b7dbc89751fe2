# Truth value: __bool__ first, then __len__, else true; __bool__ must return a bool.
class Empty:
    def __len__(self):
        return 0

class Yes:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

class Default:
    pass

class Wrong:
    def __bool__(self):
        return 1

print(bool(Empty()), bool(Yes()), bool(Default()), not Empty(), Empty() or "fallback")
print(len([x for x in [Empty(), Yes(), Default()] if x]))
class Sized(Empty):
    def __len__(self):
        return super().__len__() + 1
print(bool(Sized()), len(Sized()))
if Wrong():
    pass
