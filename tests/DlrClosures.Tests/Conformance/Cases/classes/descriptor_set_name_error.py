# An error in __set_name__ is replaced by CPython 3.11's RuntimeError naming the attribute.
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope")

class Holder:
    ok = 1
    field = Bad()
