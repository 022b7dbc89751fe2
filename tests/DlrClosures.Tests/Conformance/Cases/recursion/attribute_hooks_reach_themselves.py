# An attribute hook that reaches itself again (through setattr, getattr, delattr or the
# attribute syntax) is stopped by the recursion limit; the object stays usable afterwards.
class SetSelf:
    def __setattr__(self, name, value):
        setattr(self, name, value)


class GetSelf:
    def __getattribute__(self, name):
        return getattr(self, name)


class Missing:
    def __getattr__(self, name):
        return self.other


class DelSelf:
    def __delattr__(self, name):
        delattr(self, name)


def attempt(label, action):
    try:
        action()
        print(label, "returned")
    except RecursionError as e:
        print(label, "RecursionError:", e)


def set_it():
    SetSelf().x = 1


def get_it():
    return GetSelf().x


def missing():
    return Missing().x


def del_it():
    del DelSelf().x


attempt("__setattr__", set_it)
attempt("__getattribute__", get_it)
attempt("__getattr__", missing)
attempt("__delattr__", del_it)
