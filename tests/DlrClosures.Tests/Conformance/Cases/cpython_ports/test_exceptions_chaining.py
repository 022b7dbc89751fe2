# Port of CPython 3.11 test_exceptions.py chaining tests (written anew, builtin exceptions only):
# testChainingAttrs, testChainingDescriptors, testInvalidAttrs and the context set in finally clauses.
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



def testChainingAttrs():
    for e in [Exception(), TypeError(), OSError()]:
        check(e.__context__ is None and e.__cause__ is None, repr(e))


def testChainingDescriptors():
    try:
        raise Exception()
    except Exception as exc:
        e = exc
    check(e.__context__ is None and e.__cause__ is None, "none at first")
    check(e.__suppress_context__ is False, "not suppressed")
    e.__context__ = NameError()
    e.__cause__ = None
    check(isinstance(e.__context__, NameError), "context set")
    check(e.__cause__ is None, "cause cleared")
    check(e.__suppress_context__ is True, "cause assignment suppresses")
    e.__suppress_context__ = False
    check(e.__suppress_context__ is False, "suppress reset")


def testInvalidAttrs():
    check(raises(TypeError, setattr, Exception(), "__cause__", 1), "set cause")
    check(raises(TypeError, delattr, Exception(), "__cause__"), "del cause")
    check(raises(TypeError, setattr, Exception(), "__context__", 1), "set context")
    check(raises(TypeError, delattr, Exception(), "__context__"), "del context")


def test_context_of_exception_in_try_and_finally():
    try:
        try:
            te = TypeError(1)
            raise te
        finally:
            ve = ValueError(2)
            raise ve
    except Exception as e:
        exc = e
    check(exc is ve, "the finally's exception")
    check(exc.__context__ is te, "context is the try's")


def test_context_of_exception_in_except_and_finally():
    try:
        try:
            te = TypeError(1)
            raise te
        except:
            ve = ValueError(2)
            raise ve
        finally:
            oe = OSError(3)
            raise oe
    except Exception as e:
        exc = e
    check(exc is oe, "the finally's exception")
    check(exc.__context__ is ve, "context is the handler's")
    check(exc.__context__.__context__ is te, "and then the try's")


def test_context_of_exception_in_else_and_finally():
    try:
        try:
            pass
        except:
            pass
        else:
            ve = ValueError(1)
            raise ve
        finally:
            oe = OSError(2)
            raise oe
    except Exception as e:
        exc = e
    check(exc is oe, "the finally's exception")
    check(exc.__context__ is ve, "context is the else's")


for test in [testChainingAttrs, testChainingDescriptors, testInvalidAttrs,
             test_context_of_exception_in_try_and_finally, test_context_of_exception_in_except_and_finally,
             test_context_of_exception_in_else_and_finally]:
    run(test)
