# Port of the ideas of the "coroutine" doctests of CPython 3.11's Lib/test/test_generators.py
# (yield expressions, send, throw's argument rules, close, GeneratorExit, ill-behaved
# generators), written anew as a script that prints.

def f():
    x = yield
    print("got", x)
    y = yield x + 1
    print("then", y)

g = f()
print(next(g))
print(g.send(1))
try:
    g.send(2)
except StopIteration:
    print("done")

g = f()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)

def bare():
    yield
print(list(bare()))

# A yield expression in an augmented assignment and as an argument.
def coroutine(seq):
    count = 0
    while count < 200:
        count += yield
        seq.append(count)
seq = []
c = coroutine(seq)
next(c)
print(seq)
c.send(10)
print(seq)
c.send(10)
print(seq)

def args():
    print((yield 1), (yield 2))
a = args()
next(a)
a.send("x")
try:
    a.send("y")
except StopIteration:
    pass

# throw() with its argument forms.
def catcher():
    while True:
        try:
            print((yield))
        except ValueError as v:
            print("caught ValueError (%s)" % v)

g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError("xyz"))
g.throw(ValueError, ValueError(1))
g.throw(ValueError, 1)
g.throw(ValueError, (1,))
for bad in [(ValueError(1), "foo"), (ValueError, "foo", 1), ("abc",), (0,), (list,)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
g.send(1)
g.throw(ValueError)
try:
    g.throw(TypeError)
except TypeError:
    print("TypeError went through")
print(g.gi_running)
try:
    g.throw(ValueError, 6)
except ValueError as e:
    print("ValueError:", e)
try:
    g.send(1)
except StopIteration:
    print("StopIteration")

# close() and GeneratorExit.
def closer():
    try:
        yield
    except GeneratorExit:
        print("exiting")

g = closer()
next(g)
g.close()
print(g.close())

def not_exception():
    try:
        yield
    except Exception:
        print("except")
    finally:
        print("finally")
g = not_exception()
next(g)
g.close()

def ignores():
    try:
        yield
    except GeneratorExit:
        yield "foo!"
g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(g))

def raises_on_close():
    try:
        yield
    except GeneratorExit:
        raise TypeError("fie!")
g = raises_on_close()
next(g)
try:
    g.close()
except TypeError as e:
    print("TypeError:", e)
