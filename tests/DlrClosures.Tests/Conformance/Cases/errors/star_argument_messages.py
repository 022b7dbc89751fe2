# Calls that spread arguments with * and ** report CPython's messages, naming the callee as
# __main__.f() for script functions and classes, and print() for builtins.
def f(*a, **k): pass
class C:
    def m(self, *a, **k): pass
tests = ['f(*5)', 'f(**[1])', 'f(**{1: 2})', 'f(x=1, **{"x": 2})', 'print(*5)', 'C(*5)', 'C().m(*5)', 'len(*5)', 'int(*5)', 'f(**{"a":1}, **{"a":2})', '(lambda: 0)(*5)', 'max(**[1])']
calls = [lambda: f(*5), lambda: f(**[1]), lambda: f(**{1: 2}), lambda: f(x=1, **{"x": 2}), lambda: print(*5), lambda: C(*5), lambda: C().m(*5), lambda: len(*5), lambda: int(*5), lambda: f(**{"a":1}, **{"a":2}), lambda: (lambda: 0)(*5), lambda: max(**[1])]
for t, c in zip(tests, calls):
    try:
        c()
    except TypeError as e:
        print(t, '->', e)
