# Port of the class-hierarchy basics of CPython 3.11 Lib/test/test_descr.py (ClassPropertiesAndMethods):
# multiple and diamond inheritance, C3 examples from the literature, MRO disagreement errors,
# classmethod/staticmethod through classes and instances, and super() chains (our code, CPython's
# test ideas; test_descr_mro.md lists which tests were taken).
def names(cls):
    return [c.__name__ for c in cls.__mro__]

def run(test):
    try:
        print(test.__name__, test())
    except Exception as e:
        print(test.__name__, "raised", type(e).__name__, e)

def test_diamond_inheritance():
    class A:
        def spam(self): return "A"
    class B(A):
        def boo(self): return "B"
        def spam(self): return "B"
    class C(A):
        def boo(self): return "C"
    class D(B, C): pass
    class E(C, B): pass
    out = [D().spam(), D().boo(), names(D), E().spam(), E().boo(), names(E)]
    for bases in ((D, E), (E, D)):
        try:
            type("F", bases, {})
        except TypeError as e:
            out.append(str(e).replace("\n", " "))
    return out

def test_ex5_from_c3_switch():
    class A: pass
    class B: pass
    class C: pass
    class X(A): pass
    class Y(A): pass
    class Z(X, B, Y, C): pass
    return names(Z)

def test_monotonicity():
    class Boat: pass
    class DayBoat(Boat): pass
    class WheelBoat(Boat): pass
    class EngineLess(DayBoat): pass
    class SmallMultihull(DayBoat): pass
    class PedalWheelBoat(EngineLess, WheelBoat): pass
    class SmallCatamaran(SmallMultihull): pass
    class Pedalo(PedalWheelBoat, SmallCatamaran): pass
    return names(PedalWheelBoat), names(SmallCatamaran), names(Pedalo)

def test_consistency_with_epg():
    class Pane: pass
    class ScrollingMixin: pass
    class EditingMixin: pass
    class ScrollablePane(Pane, ScrollingMixin): pass
    class EditablePane(Pane, EditingMixin): pass
    class EditableScrollablePane(ScrollablePane, EditablePane): pass
    return names(EditableScrollablePane)

def test_mro_disagreement():
    class A: pass
    class B(A): pass
    class C: pass
    class GridLayout: pass
    class HorizontalGrid(GridLayout): pass
    class VerticalGrid(GridLayout): pass
    class HVGrid(HorizontalGrid, VerticalGrid): pass
    class VHGrid(VerticalGrid, HorizontalGrid): pass
    out = []
    for name, bases in (("X", (A, A)), ("X", (A, B)), ("X", (A, C, B)), ("ConfusedGrid", (HVGrid, VHGrid))):
        try:
            type(name, bases, {})
        except TypeError as e:
            out.append(str(e).replace("\n", " "))
    return out

def test_multiple_inheritance():
    class C:
        def __init__(self):
            self.state = -1
        def getstate(self):
            return self.state
        def setstate(self, state):
            self.state = state
    class Node:
        def __int__(self):
            return int(self.foo())
        def foo(self):
            return "23"
    class Frag(Node):
        def foo(self):
            return "42"
    c = C()
    c.setstate(10)
    return c.getstate(), int(Node()), int(Frag()), names(Frag)

def test_classmethods():
    class C:
        def foo(*a): return a
        goo = classmethod(foo)
    c = C()
    class D(C):
        pass
    d = D()
    return ([x.__name__ if isinstance(x, type) else x for x in C.goo(1)],
            [x.__name__ if isinstance(x, type) else x for x in c.goo(1)],
            [x.__name__ if isinstance(x, type) else x for x in D.goo(1)],
            [x.__name__ if isinstance(x, type) else x for x in d.goo(1)],
            C.goo.__self__ is C, D.goo.__self__ is D, C.__dict__["goo"].__func__ is C.foo)

def test_staticmethods():
    class C:
        def foo(*a): return a
        goo = staticmethod(foo)
    c = C()
    class D(C):
        pass
    d = D()
    return C.goo(1), c.goo(1), D.goo(1), d.goo(1), d.foo(1) == (d, 1), D.foo(d, 1) == (d, 1)

def test_compattr():
    class C:
        class computed_attribute:
            def __init__(self, get, set=None, delete=None):
                self.__get, self.__set, self.__delete = get, set, delete
            def __get__(self, obj, type=None):
                return self.__get(obj)
            def __set__(self, obj, value):
                return self.__set(obj, value)
            def __delete__(self, obj):
                return self.__delete(obj)
        def __init__(self):
            self.__x = 0
        def __get_x(self):
            x = self.__x
            self.__x = x + 1
            return x
        def __set_x(self, x):
            self.__x = x
        def __delete_x(self):
            del self.__x
        x = computed_attribute(__get_x, __set_x, __delete_x)
    a = C()
    seen = [a.x, a.x]
    a.x = 10
    seen += [a.x, a.x]
    del a.x
    seen.append(hasattr(a, "x"))
    return seen

def test_supers():
    class A:
        def meth(self, a):
            return "A(%r)" % a
    class B(A):
        def __init__(self):
            self.__super = super(B, self)
        def meth(self, a):
            return "B(%r)" % a + self.__super.meth(a)
    class C(A):
        def meth(self, a):
            return "C(%r)" % a + self.__super.meth(a)
    C._C__super = super(C)
    class D(C, B):
        def meth(self, a):
            return "D(%r)" % a + super(D, self).meth(a)
    class mysuper(object):
        pass
    class E(D):
        def meth(self, a):
            return "E(%r)" % a + super().meth(a)
    out = [A().meth(1), B().meth(2), D().meth(4), E().meth(5)]
    try:
        super(D, 42)
    except TypeError as e:
        out.append(str(e))
    try:
        super(D, C())
    except TypeError as e:
        out.append(str(e))
    return out

for test in [test_diamond_inheritance, test_ex5_from_c3_switch, test_monotonicity,
             test_consistency_with_epg, test_mro_disagreement, test_multiple_inheritance,
             test_classmethods, test_staticmethods, test_compattr, test_supers]:
    run(test)
