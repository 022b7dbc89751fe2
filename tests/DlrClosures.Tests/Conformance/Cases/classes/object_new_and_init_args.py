# object's __new__ and __init__ reject surplus arguments the way CPython words it.
class NoInit:
    pass

class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

class WithInit:
    def __init__(self, a):
        super().__init__()
        self.a = a

print(type(WithNew(1, 2)).__name__, WithInit(3).a)
for make in (lambda: NoInit(1), lambda: object.__new__(WithNew, 1), lambda: object.__init__(WithInit(1), 5)):
    try:
        make()
    except TypeError as e:
        print(e)
class BadNew:
    def __new__(cls, x):
        return super().__new__(cls, x)
BadNew(1)
