# Port of CPython 3.11 test_exceptions.py context-cycle tests (written anew, builtin exceptions only):
# raising never makes a cycle of contexts, and a chain with a cycle still ends.
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def raises(exc_type, func, *args):
    try:
        func(*args)
    except exc_type:
        return True
    return False


def run(test):
    failures.clear()
    test()
    print(test.__name__, "ok" if not failures else "FAILED: " + ", ".join(failures))



def test_raise_does_not_create_context_chain_cycle():
    A = AssertionError
    B = ArithmeticError
    C = LookupError
    try:
        try:
            raise A
        except A as a_:
            a = a_
            try:
                raise B
            except B as b_:
                b = b_
                try:
                    raise C
                except C as c_:
                    c = c_
                    raise a
    except A as e:
        exc = e
    # a was raised while c was handled: a's context is c; b's context (a) is cut to avoid the cycle.
    check(exc is a, "a raised")
    check(a.__context__ is c, "a <- c")
    check(c.__context__ is b, "c <- b")
    check(b.__context__ is None, "b cut")


def test_no_hang_on_context_chain_cycle1():
    def cycle():
        try:
            raise ValueError(1)
        except ValueError as ex:
            ex.__context__ = ex
            raise TypeError(2)
    try:
        cycle()
    except Exception as e:
        exc = e
    check(isinstance(exc, TypeError), "TypeError")
    check(isinstance(exc.__context__, ValueError), "its context")
    check(exc.__context__.__context__ is exc.__context__, "a self cycle is left alone")


def test_no_hang_on_context_chain_cycle2():
    a, b, c = ValueError("a"), KeyError("b"), IndexError("c")
    try:
        try:
            raise a
        except ValueError:
            a.__context__ = c
            c.__context__ = b
            b.__context__ = a
            raise c
    except IndexError as e:
        exc = e
    check(exc is c, "c raised")
    check(exc.__context__ is a, "c <- a")
    check(a.__context__ is None, "the cycle is cut at c")


def test_no_hang_on_context_chain_cycle3():
    a, b, c = ValueError("a"), KeyError("b"), IndexError("c")
    try:
        try:
            raise a
        except ValueError:
            a.__context__ = b
            b.__context__ = c
            c.__context__ = b
            raise OSError("new")
    except OSError as e:
        exc = e
    check(exc.__context__ is a, "new <- a")
    check(a.__context__ is b and b.__context__ is c and c.__context__ is b, "a cycle not through the new one stays")


for test in [test_raise_does_not_create_context_chain_cycle, test_no_hang_on_context_chain_cycle1,
             test_no_hang_on_context_chain_cycle2, test_no_hang_on_context_chain_cycle3]:
    run(test)
