# Port of CPython 3.11 Lib/test/test_super.py, the implicit __class__ cell and __classcell__:
# how type.__new__ fills it, what a metaclass that drops or replaces it gets, and __class__ as a
# class-body name (our code, CPython's test ideas; test_super_class_cell.md lists what was left out).
class A:
    def f(self):
        return 'A'

def run(test):
    try:
        print(test.__name__, test())
    except Exception as e:
        print(test.__name__, "raised", type(e).__name__, e)

def test_various___class___pathologies():
    class X(A):
        def f(self):
            return super().f()
        __class__ = 413
    x = X()
    return x.f(), x.__class__

def test___class___new():
    seen = []
    class Meta(type):
        def __new__(cls, name, bases, namespace):
            self = super().__new__(cls, name, bases, namespace)
            seen.append(self.f())
            return self
    class A2(metaclass=Meta):
        @staticmethod
        def f():
            return __class__
    return seen[0] is A2

def test___class___delayed():
    saved = []
    class Meta(type):
        def __new__(cls, name, bases, namespace):
            saved.append(namespace)
            return None
    class A2(metaclass=Meta):
        @staticmethod
        def f():
            return __class__
    B = type("B", (), saved[0])
    return A2 is None, B.f() is B

def test___classcell___expected_behaviour():
    snapshots = []
    class Meta(type):
        def __new__(cls, name, bases, namespace):
            snapshots.append(namespace.copy())
            return super().__new__(cls, name, bases, namespace)
    class WithoutClassRef(metaclass=Meta):
        pass
    class WithClassRef(metaclass=Meta):
        def f(self):
            return __class__
    cell = snapshots[1]["__classcell__"]
    closure = WithClassRef.f.__closure__
    return ("__classcell__" in snapshots[0], len(closure), cell is closure[0],
            hasattr(WithClassRef, "__classcell__"))

def test___classcell___missing():
    class Meta(type):
        def __new__(cls, name, bases, namespace):
            namespace.pop('__classcell__', None)
            return super().__new__(cls, name, bases, namespace)
    class WithoutClassRef(metaclass=Meta):
        pass
    try:
        class WithClassRef(metaclass=Meta):
            def f(self):
                return __class__
    except RuntimeError as e:
        return str(e)

def test___classcell___overwrite():
    class Meta(type):
        def __new__(cls, name, bases, namespace, cell):
            namespace['__classcell__'] = cell
            return super().__new__(cls, name, bases, namespace)
    errors = []
    for bad_cell in (None, 0, ""):
        try:
            class A2(metaclass=Meta, cell=bad_cell):
                pass
        except TypeError as e:
            errors.append(str(e))
    return errors

def test___classcell___wrong_cell():
    class Meta(type):
        def __new__(cls, name, bases, namespace):
            cls = super().__new__(cls, name, bases, namespace)
            B = type("B", (), namespace)
            return cls
    try:
        class A2(metaclass=Meta):
            def f(self):
                return __class__
    except TypeError as e:
        return str(e)

class Outer:
    def method(self):
        # A class body inside a method reads the method's __class__.
        class X:
            x = __class__
            def f():
                __class__
        return X.x is Outer

def test_class_body_reads_enclosing___class__():
    return Outer().method()

for test in [test_various___class___pathologies, test___class___new, test___class___delayed,
             test___classcell___expected_behaviour, test___classcell___missing,
             test___classcell___overwrite, test___classcell___wrong_cell,
             test_class_body_reads_enclosing___class__]:
    run(test)
