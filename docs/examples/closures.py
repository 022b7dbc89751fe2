# A guided tour of closures, as CPython 3.11 runs them and DlrClosures must too.
#
# Every section prints what it shows, so running this file is also its own test:
# docs/examples/closures.out holds CPython's output, produced by tests/regen-expected.sh.


def section(title):
    print()
    print(f"== {title} ==")


# ---------------------------------------------------------------------------
# 1. A counter that keeps its state between calls.
#    `count` is a local of make_counter, but tick() needs it after make_counter
#    has returned. Python therefore keeps `count` in a cell shared by both
#    functions; `nonlocal` lets tick() rebind the cell instead of making a new
#    local of its own.
section("make_counter")


def make_counter():
    count = 0

    def tick():
        nonlocal count
        count += 1
        return count

    return tick


first = make_counter()
second = make_counter()
print(first(), first(), first())  # one cell, three updates
print(second())  # a fresh call of make_counter means a fresh cell


# ---------------------------------------------------------------------------
# 2. Factories, and looking inside a closure.
#    __closure__ is a tuple with one cell per free variable; a cell's
#    cell_contents is the value the function will see when it runs.
section("make_multiplier")


def make_multiplier(factor):
    def multiply(n):
        return n * factor

    return multiply


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(21), triple(7))
print(len(double.__closure__), double.__code__.co_freevars)
print(double.__closure__[0].cell_contents)
print(triple.__closure__[0].cell_contents)


# ---------------------------------------------------------------------------
# 3. The captured value can be anything, here a string used in an f-string.
section("make_greeting")


def make_greeting(salutation):
    def greet(name):
        return f"{salutation}, {name}!"

    return greet


formal = make_greeting("Good evening")
casual = make_greeting("Hiya")
print(formal("Ada"))
print(casual("Grace"))


# ---------------------------------------------------------------------------
# 4. Late binding: a closure captures the variable, not its value at the time.
#    All three lambdas share the comprehension's single `i`, which is 2 by the
#    time any of them is called.
section("late binding in a comprehension")

shared = [lambda: i for i in range(3)]
print([f() for f in shared])

# A default value is evaluated once, when the lambda is created, so `i=i`
# freezes the current value into each function.
frozen = [lambda i=i: i for i in range(3)]
print([f() for f in frozen])


# ---------------------------------------------------------------------------
# 5. The same trap with a `def` inside a `for` loop, and the same cure.
section("create_functions")


def create_functions():
    made = []
    for i in range(3):
        def show():
            return i  # reads the loop variable when called, not when defined

        made.append(show)
    return made


a, b, c = create_functions()
print(a(), b(), c())


def create_functions_fixed():
    made = []
    for i in range(3):
        def show(value=i):  # the default captures this iteration's i
            return value

        made.append(show)
    return made


a, b, c = create_functions_fixed()
print(a(), b(), c())
print(a.__defaults__, c.__defaults__)


# ---------------------------------------------------------------------------
# 6. An accumulator: what a small class would do, with one nonlocal instead.
section("make_accumulator")


def make_accumulator(start=0):
    total = start

    def add(amount):
        nonlocal total
        total += amount
        return total

    return add


acc = make_accumulator()
print(acc(5))
print(acc(3))
print(acc(-10))
ledger = make_accumulator(100)
print(ledger(1), acc(0))  # two accumulators never see each other's total


# ---------------------------------------------------------------------------
# 7. Decorators are closures: the wrapper remembers the function it wraps.
section("log_calls decorator")


def log_calls(func):
    def wrapper(*args, **kwargs):
        shown = [repr(v) for v in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"calling {func.__name__}({', '.join(shown)})")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result

    return wrapper


@log_calls
def add(x, y):
    return x + y


@log_calls
def describe(name, mood="curious"):
    return f"{name} is {mood}"


add(2, 3)
describe("Ada", mood="busy")
# The decorated name now refers to the wrapper, and the original function
# lives in the wrapper's only cell.
print(add.__name__, add.__closure__[0].cell_contents.__name__)


# ---------------------------------------------------------------------------
# 8. Reading versus assigning an outer name.
#    Any assignment inside a function makes the name local to that whole
#    function. inner_writes therefore creates its own `x` and leaves the outer
#    one alone. inner_error reads `x` before its own assignment; calling it
#    would raise UnboundLocalError ("cannot access local variable 'x' where it
#    is not associated with a value"), so here it is only defined, not called.
#    tests/.../errors/ holds a case that does call it.
section("outer(x): plain variable")


def outer(x):
    def inner_reads():
        return x

    def inner_writes(y):
        x = y  # a new local x, invisible to inner_reads
        return x

    def inner_error(y):
        tmp = x  # x is local here because of the line below
        x = y
        return tmp

    return inner_reads, inner_writes, inner_error


inner_reads, inner_writes, inner_error = outer(5)
print(inner_reads())
print(inner_writes(10))
print(inner_reads())  # still 5
print(inner_error.__code__.co_varnames)  # x is one of inner_error's locals
print(inner_reads.__code__.co_freevars)  # but a free variable of inner_reads

# The pre-nonlocal workaround: keep the value inside a list. The inner
# functions only *read* the name x (then index into it), so x stays a shared
# free variable and every function sees the same list.
section("outer(x): list as a container")


def outer(x):
    x = [x]

    def inner_reads():
        return x[0]

    def inner_writes(y):
        x[0] = y

    def inner_error(y):
        tmp = x[0]
        x[0] = y
        return tmp

    return inner_reads, inner_writes, inner_error


inner_reads, inner_writes, inner_error = outer(5)
print(inner_reads())
inner_writes(10)
print(inner_reads())
print(inner_error(15))
print(inner_reads())


# ---------------------------------------------------------------------------
# 9. One outer variable, two inner functions.
#    inner has its own local x. inner2 declares x nonlocal, so it prints the
#    outer x -- which is 5, because outer reassigned it after defining inner2 --
#    and then changes it to 4.
section("inner and inner2 with nonlocal")

x = 0


def outer():
    x = 1

    def inner():
        x = 2
        print(x)
        x = 3
        return x

    def inner2():
        nonlocal x
        print(x)
        x = 4
        return x

    x = 5
    return (inner, inner2)


for fn in outer():
    print(fn())

# The same shape with `global x` in inner. An old answer written for Python
# 3.0 claims inner2 then prints the global x. In 3.11 it does not: inner2
# never assigns x, so x is free in inner2 and resolves to outer's x (5),
# whatever inner did to the global.
section("inner and inner2 with global")


def outer():
    x = 1

    def inner():
        global x
        x = 2
        print(x)
        x = 3
        return x

    def inner2():
        print(x)
        return x

    x = 5
    return (inner, inner2)


for fn in outer():
    print(fn())
print("module x is now", x)


# ---------------------------------------------------------------------------
# 10. Closures do not hide data. The list lives in a cell, and anyone holding
#     the function can reach it through __closure__.
section("secrets are not secret")


def mksecretmaker():
    secrets = []
    seed = [7]

    def mksecret():
        # A tiny deterministic "random" generator, so the output is stable.
        seed[0] = (seed[0] * 31 + 11) % 97
        secrets.append(seed[0])

    return mksecret


secretmaker = mksecretmaker()
secretmaker()
secretmaker()
secretmaker()
print(secretmaker.__code__.co_freevars)  # cells are ordered by name
print(secretmaker.__closure__[0].cell_contents)
print(secretmaker.__closure__[1].cell_contents)
