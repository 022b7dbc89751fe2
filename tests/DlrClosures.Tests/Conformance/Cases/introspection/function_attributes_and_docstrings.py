# Docstrings and the writable attributes of functions: __doc__, __defaults__, __kwdefaults__, __dict__,
# with CPython's type checks when a wrong type is assigned.
"""Module doc."""
def d(a, b=2, *, k=3):
    'Doc of d.'
    return a, b, k
class C:
    'class doc'
    def m(self):
        """method doc"""
class E:
    pass
def nodoc():
    x = 'not doc'
print(__doc__, repr(d.__doc__), C.__doc__, C.m.__doc__, E.__doc__, nodoc.__doc__)
d.__defaults__ = (5, 6)
print(d(), d.__defaults__)
d.__kwdefaults__ = {'k': 9}
print(d(0), d.__kwdefaults__)
d.__kwdefaults__['k'] = 10
print(d(0))
d.extra = 1
d.__dict__['more'] = 2
print(d.more, d.__dict__)
d.__doc__ = 'changed'
print(d.__doc__)
for bad in ['__defaults__', '__kwdefaults__', '__name__', '__dict__']:
    try:
        setattr(d, bad, 5)
    except TypeError as e:
        print(e)
d.__defaults__ = None
try:
    d()
except TypeError as e:
    print(e)
