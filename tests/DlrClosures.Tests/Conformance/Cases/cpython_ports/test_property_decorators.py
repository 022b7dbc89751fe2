# Port of CPython 3.11 Lib/test/test_property.py: property built with decorators in a class and
# its subclass, docstrings taken from getters, writable docs, __isabstractmethod__, classmethod
# over property, __set_name__'s arity and the "has no getter/setter/deleter" messages (our code,
# CPython's test ideas; test_property_decorators.md lists what was left out and why).
class BaseClass:
    def __init__(self):
        self._spam = 5
    @property
    def spam(self):
        """BaseClass.getter"""
        return self._spam
    @spam.setter
    def spam(self, value):
        self._spam = value
    @spam.deleter
    def spam(self):
        del self._spam

class SubClass(BaseClass):
    # The original raises its own exception classes; built-in ones carry the same facts.
    @BaseClass.spam.getter
    def spam(self):
        """SubClass.getter"""
        raise KeyError(self._spam)
    @spam.setter
    def spam(self, value):
        raise ValueError(self._spam)
    @spam.deleter
    def spam(self):
        raise IndexError(self._spam)

class PropertyDocBase:
    _spam = 1
    def _get_spam(self):
        return self._spam
    spam = property(_get_spam, doc="spam spam spam")

class PropertyDocSub(PropertyDocBase):
    @PropertyDocBase.spam.getter
    def spam(self):
        """The decorator does not use this doc string"""
        return self._spam

class PropertySubNewGetter(BaseClass):
    @BaseClass.spam.getter
    def spam(self):
        """new docstring"""
        return 5

class PropertyNewGetter:
    @property
    def spam(self):
        """original docstring"""
        return 1
    @spam.getter
    def spam(self):
        """new docstring"""
        return 8

def run(test):
    try:
        print(test.__name__, test())
    except Exception as e:
        print(test.__name__, "raised", type(e).__name__, e)

def test_property_decorator_baseclass():
    base = BaseClass()
    seen = [base.spam, base._spam]
    base.spam = 10
    seen += [base.spam, base._spam]
    delattr(base, "spam")
    seen += [hasattr(base, "spam"), hasattr(base, "_spam")]
    base.spam = 20
    return seen + [base.spam, base._spam]

def test_property_decorator_subclass():
    sub = SubClass()
    caught = []
    for action in (lambda: getattr(sub, "spam"), lambda: setattr(sub, "spam", None), lambda: delattr(sub, "spam")):
        try:
            action()
        except (KeyError, ValueError, IndexError) as e:
            caught.append(type(e).__name__ + str(e))
    return caught

def test_property_decorator_subclass_doc():
    return SubClass().__class__.spam.__doc__

def test_property_decorator_baseclass_doc():
    return BaseClass().__class__.spam.__doc__

def test_property_decorator_doc():
    return PropertyDocBase().__class__.spam.__doc__, PropertyDocSub().__class__.spam.__doc__

def test_property_getter_doc_override():
    a, b = PropertySubNewGetter(), PropertyNewGetter()
    return a.spam, type(a).spam.__doc__, b.spam, type(b).spam.__doc__

def test_property___isabstractmethod__descriptor():
    flags = []
    for val in (True, False, [], [1], '', '1'):
        class C:
            def foo(self):
                pass
            foo.__isabstractmethod__ = val
            foo = property(foo)
        flags.append(C.foo.__isabstractmethod__ is bool(val))
    class NotBool:
        def __bool__(self):
            raise ValueError("no truth")
        __len__ = __bool__
    class C:
        def foo(self):
            pass
        foo.__isabstractmethod__ = NotBool()
        foo = property(foo)
    try:
        C.foo.__isabstractmethod__
    except ValueError as e:
        flags.append(str(e))
    return flags

def test_property_builtin_doc_writable():
    p = property(doc='basic')
    before = p.__doc__
    p.__doc__ = 'extended'
    return before, p.__doc__

def test_property_decorator_doc_writable():
    class PropertyWritableDoc:
        @property
        def spam(self):
            """Eggs"""
            return "eggs"
    sub = PropertyWritableDoc()
    before = sub.__class__.spam.__doc__
    sub.__class__.spam.__doc__ = 'Spam'
    return before, sub.__class__.spam.__doc__

def test_class_property():
    class A:
        @classmethod
        @property
        def __doc__(cls):
            return 'A doc for %r' % cls.__name__
    return A.__doc__

def test_class_property_override():
    class A:
        """First"""
        @classmethod
        @property
        def __doc__(cls):
            return 'Second'
    return A.__doc__

def test_property_set_name_incorrect_args():
    p = property()
    messages = []
    for i in (0, 1, 3):
        try:
            p.__set_name__(*([0] * i))
        except TypeError as e:
            messages.append(str(e))
    return messages

class WithName:
    class cls:
        foo = property()

class NoName:
    class cls:
        pass
    cls.foo = property()

def unreachable(owner):
    obj = owner.cls()
    messages = []
    for action in (lambda: obj.foo, lambda: setattr(obj, "foo", None), lambda: delattr(obj, "foo")):
        try:
            action()
        except AttributeError as e:
            messages.append(str(e))
    return messages

def test_get_set_del_property_with_name():
    return unreachable(WithName)

def test_get_set_del_property_no_name():
    return unreachable(NoName)

for test in [test_property_decorator_baseclass, test_property_decorator_subclass,
             test_property_decorator_subclass_doc, test_property_decorator_baseclass_doc,
             test_property_decorator_doc, test_property_getter_doc_override,
             test_property___isabstractmethod__descriptor, test_property_builtin_doc_writable,
             test_property_decorator_doc_writable, test_class_property, test_class_property_override,
             test_property_set_name_incorrect_args, test_get_set_del_property_with_name,
             test_get_set_del_property_no_name]:
    run(test)
