# Port of the ideas of the "fun" doctests of CPython 3.11's Lib/test/test_generators.py
# (a recursive sieve, Hamming numbers by merging generators and with a lazy list, Fibonacci
# from a lazy list), written anew as a script that prints.

def firstn(g, n):
    return [next(g) for _ in range(n)]

def intsfrom(i):
    while True:
        yield i
        i += 1

print(firstn(intsfrom(5), 7))

def exclude_multiples(n, ints):
    for i in ints:
        if i % n:
            yield i

print(firstn(exclude_multiples(3, intsfrom(1)), 6))

def sieve(ints):
    prime = next(ints)
    yield prime
    not_divisible = exclude_multiples(prime, ints)
    for p in sieve(not_divisible):
        yield p

print(firstn(sieve(intsfrom(2)), 20))

# Hamming numbers 2**i * 3**j * 5**k in increasing order.
def times(n, g):
    for i in g:
        yield n * i

def merge(g, h):
    ng = next(g)
    nh = next(h)
    while True:
        if ng < nh:
            yield ng
            ng = next(g)
        elif ng > nh:
            yield nh
            nh = next(h)
        else:
            yield ng
            ng = next(g)
            nh = next(h)

def m235():
    yield 1
    me_times2 = times(2, m235())
    me_times3 = times(3, m235())
    me_times5 = times(5, m235())
    for i in merge(merge(me_times2, me_times3), me_times5):
        yield i

result = m235()
for i in range(3):
    print(firstn(result, 5))

# A lazy list shares one generator among its readers.
class LazyList:
    def __init__(self, g):
        self.sofar = []
        self.fetch = g.__next__

    def __getitem__(self, i):
        sofar, fetch = self.sofar, self.fetch
        while i >= len(sofar):
            sofar.append(fetch())
        return sofar[i]

def lazy_m235():
    yield 1
    def tail(n):
        i = 0
        while True:
            yield n * shared[i]
            i += 1
    for v in merge(merge(tail(2), tail(3)), tail(5)):
        yield v

shared = LazyList(lazy_m235())
for i in range(4):
    print([shared[j] for j in range(15 * i, 15 * (i + 1))])

def fibgen(a, b):
    def sum_of(g, h):
        while True:
            yield next(g) + next(h)
    def tail(g):
        next(g)
        for x in g:
            yield x
    yield a
    yield b
    for s in sum_of(iter_fib(), tail(iter_fib())):
        yield s

def iter_fib():
    i = 0
    while True:
        yield fib[i]
        i += 1

fib = LazyList(fibgen(1, 2))
print([fib[i] for i in range(17)])
