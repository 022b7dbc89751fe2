# A metaclass's __new__, __init__ and __call__ run when the class is made and when it is called.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases])
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class Widget(metaclass=Meta):
    def __init__(self, size, color="red"):
        self.size, self.color = size, color

w = Widget(3, color="blue")
print(w.size, w.color, Widget.added, type(Widget).__name__)
class Button(Widget):
    pass
print(Button.added, type(Button) is Meta, isinstance(Button, Meta), isinstance(Button, type))
