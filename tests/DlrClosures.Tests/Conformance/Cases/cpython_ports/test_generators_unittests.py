# Port of the ideas of CPython 3.11's Lib/test/test_generators.py unittest classes
# (FinalizationTest.test_lambda_generator, GeneratorTest.test_name and
# test_send_non_none_to_new_gen, ExceptionTest.test_stopiteration_error,
# test_tutorial_stopiteration, test_return_tuple, test_return_stopiteration,
# GeneratorThrowTest.test_throw_after_none_exc_type), written anew as a script that prints.

def check(label, ok):
    print(label, "ok" if ok else "FAILED")

# test_lambda_generator: a lambda with a yield behaves like the equivalent def.
f = lambda: (yield 1)
def g(): return (yield 1)
f2 = lambda: (yield from g())
def g2(): return (yield from g())
f3 = lambda: (yield from f())
def g3(): return (yield from f())
for maker in (f, g, f2, g2, f3, g3):
    gen = maker()
    first = next(gen)
    try:
        gen.send(2)
        print("no stop")
    except StopIteration as e:
        print(maker.__name__, first, e.value)

# test_name: names come from the function, can be set, must be strings.
def func():
    yield 1
gen = func()
print(gen.__name__, gen.__qualname__)
gen.__name__ = "name"
gen.__qualname__ = "qualname"
print(gen.__name__, gen.__qualname__)
for attr in ("__name__", "__qualname__"):
    try:
        setattr(gen, attr, 123)
    except TypeError as e:
        print("TypeError:", e)
func.__qualname__ = "func_qualname"
func.__name__ = "func_name"
gen = func()
print(gen.__name__, gen.__qualname__)
gen = (x for x in range(10))
print(gen.__name__, gen.__qualname__)
def outer():
    return (x for x in "ab")
print(outer().__qualname__)

# test_send_non_none_to_new_gen
def one():
    yield 1
gen = one()
try:
    gen.send(0)
except TypeError as e:
    print("TypeError:", e)
print(next(gen))

# test_stopiteration_error: raising StopIteration in a generator is a RuntimeError.
def raiser():
    raise StopIteration
    yield
try:
    next(raiser())
except RuntimeError as e:
    print("RuntimeError:", e)

# test_tutorial_stopiteration
def tut():
    yield 1
    raise StopIteration
    yield 2
gen = tut()
print(next(gen))
try:
    next(gen)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(gen))

# test_return_tuple: a tuple return value is kept whole.
def ret():
    return (yield 1)
gen = ret()
print(next(gen))
try:
    gen.send((2,))
except StopIteration as e:
    print(e.value, e.args)

# test_return_stopiteration: a StopIteration instance can be the return value.
gen = ret()
next(gen)
try:
    gen.send(StopIteration(2))
except StopIteration as e:
    check("value is a StopIteration", isinstance(e.value, StopIteration))
    print(e.value.value)

# test_throw_after_none_exc_type: a handled exception earlier does not leak into throw().
def handled_before():
    try:
        raise KeyError
    except KeyError:
        pass
    try:
        yield
    except Exception:
        raise RuntimeError
gen = handled_before()
gen.send(None)
try:
    gen.throw(ValueError)
except RuntimeError:
    print("RuntimeError raised")
