# Port of CPython 3.11 test_exceptions.py traceback-attribute tests (written anew): testWithTraceback,
# testInvalidTraceback, testNoneClearsTracebackAttr, and args/str for 0, 1 and several arguments.
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



def current_traceback():
    try:
        raise IndexError(4)
    except IndexError as e:
        return e.__traceback__


def testWithTraceback():
    tb = current_traceback()
    e = BaseException().with_traceback(tb)
    check(isinstance(e, BaseException) and e.__traceback__ is tb, "BaseException")
    e = IndexError(5).with_traceback(tb)
    check(isinstance(e, IndexError) and e.__traceback__ is tb, "IndexError")


def testInvalidTraceback():
    try:
        Exception().__traceback__ = 5
    except TypeError as e:
        check("__traceback__ must be a traceback" in str(e), "message")
    else:
        check(False, "No exception raised")


def testNoneClearsTracebackAttr():
    tb = current_traceback()
    e = Exception()
    e.__traceback__ = tb
    e.__traceback__ = None
    check(e.__traceback__ is None, "cleared")


def testStrAndArgs():
    check(str(Exception()) == "" and Exception().args == (), "no argument")
    check(str(Exception("spam")) == "spam" and Exception("spam").args == ("spam",), "one")
    check(str(Exception(1, 2)) == "(1, 2)" and Exception(1, 2).args == (1, 2), "several")
    check(repr(KeyError("k")) == "KeyError('k')" and str(KeyError("k")) == "'k'", "KeyError")


def testRaiseCatchMessage():
    for exc in [AttributeError, IndexError, KeyError, NameError, OverflowError, RuntimeError,
                TypeError, ValueError, ZeroDivisionError, Exception]:
        messages = []
        for attempt in range(2):
            try:
                raise exc("spam")
            except exc as err:
                messages.append(str(err))
        check(messages[0] == messages[1], exc.__name__)


for test in [testWithTraceback, testInvalidTraceback, testNoneClearsTracebackAttr, testStrAndArgs,
             testRaiseCatchMessage]:
    run(test)
