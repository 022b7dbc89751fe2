# Port of the ideas of the "tut" and "pep" doctests of CPython 3.11's Lib/test/test_generators.py
# (generator tutorial and PEP 255 examples), written anew as a script that prints.

def f():
    yield 1
    yield 2

for i in f():
    print(i)
g = f()
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("falling off the end stops it")

def stops():
    yield 1
    return
    yield 2
g = stops()
print(next(g))
for attempt in range(2):
    try:
        next(g)
    except StopIteration:
        print("stopped", attempt)

# return is not an exception: a bare except does not see it; raise StopIteration is one.
def g1():
    try:
        return
    except:
        yield 1
print(list(g1()))

def g2():
    try:
        raise StopIteration
    except:
        yield 42
print(list(g2()))

def g3():
    try:
        return
    finally:
        yield 1
print(list(g3()))

def yrange(n):
    for i in range(n):
        yield i
print(list(yrange(5)))

# A generator returns to whoever resumes it last.
def creator():
    r = yrange(5)
    print("creator", next(r))
    return r

def caller():
    r = creator()
    for i in r:
        print("caller", i)
caller()

def zrange(n):
    for i in yrange(n):
        yield i
print(list(zrange(5)))

# PEP 255: a generator cannot be resumed while it runs.
def me_gen():
    i = next(me)
    yield i
me = me_gen()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# PEP 255: an exception propagates and ends the generator.
def f1():
    return 1 // 0
def f2():
    yield f1()
    yield 2
k = f2()
try:
    next(k)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(k))

# PEP 255: try/finally around yields.
def fin():
    try:
        yield 1
        try:
            yield 2
            1 // 0
            yield 3
        finally:
            yield 4
            yield 5
        yield 6
    except ZeroDivisionError:
        yield 7
    yield 8
print(list(fin()))

# PEP 255: the in-order walk of a binary tree, recursive and iterative.
class Tree:
    def __init__(self, label, left=None, right=None):
        self.label = label
        self.left = left
        self.right = right

    def __iter__(self):
        if self.left:
            for x in self.left:
                yield x
        yield self.label
        if self.right:
            for x in self.right:
                yield x

def tree(items):
    n = len(items)
    if n == 0:
        return None
    i = n // 2
    return Tree(items[i], tree(items[:i]), tree(items[i + 1:]))

t = tree("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

def inorder(node):
    if node:
        for x in inorder(node.left):
            yield x
        yield node.label
        for x in inorder(node.right):
            yield x

def inorder_stack(node):
    stack = []
    while node:
        while node.left:
            stack.append(node)
            node = node.left
        yield node.label
        while not node.right:
            try:
                node = stack.pop()
            except IndexError:
                return
            yield node.label
        node = node.right

print("".join(t))
print("".join(inorder(t)))
print("".join(inorder_stack(t)))
