# Port of CPython 3.11 test_with.py, ExitSwallowsExceptionTestCase and NestedWith (written anew):
# suppression by __exit__'s result, and several items when expressions, __enter__ or __exit__ fail.
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



def testExitTrueSwallowsException():
    class AfricanSwallow:
        def __enter__(self):
            pass

        def __exit__(self, t, v, tb):
            return True
    try:
        with AfricanSwallow():
            1 / 0
    except ZeroDivisionError:
        check(False, "ZeroDivisionError should have been swallowed")


def testExitFalseDoesntSwallowException():
    class EuropeanSwallow:
        def __enter__(self):
            pass

        def __exit__(self, t, v, tb):
            return False
    try:
        with EuropeanSwallow():
            1 / 0
    except ZeroDivisionError:
        pass
    else:
        check(False, "ZeroDivisionError should have been raised")


class Dummy:
    def __init__(self, value=None, gobble=False):
        if value is None:
            value = self
        self.value = value
        self.gobble = gobble
        self.enter_called = False
        self.exit_called = False

    def __enter__(self):
        self.enter_called = True
        return self.value

    def __exit__(self, *exc_info):
        self.exit_called = True
        self.exc_info = exc_info
        if self.gobble:
            return True


class InitRaises:
    def __init__(self):
        raise RuntimeError()


class EnterRaises:
    def __enter__(self):
        raise RuntimeError()

    def __exit__(self, *exc_info):
        pass


class ExitRaises:
    def __enter__(self):
        pass

    def __exit__(self, *exc_info):
        raise RuntimeError()


def testNoExceptions():
    with Dummy() as a, Dummy() as b:
        check(a.enter_called and b.enter_called, "entered")
    check(a.exit_called and b.exit_called, "exited")


def testExceptionInExprList():
    try:
        with Dummy() as a, InitRaises():
            pass
    except:
        pass
    check(a.enter_called and a.exit_called, "first item")


def testExceptionInEnter():
    try:
        with Dummy() as a, EnterRaises():
            check(False, "body of bad with executed")
    except RuntimeError:
        pass
    else:
        check(False, "RuntimeError not reraised")
    check(a.enter_called and a.exit_called, "first item")


def testExceptionInExit():
    body_executed = False
    with Dummy(gobble=True) as a, ExitRaises():
        body_executed = True
    check(a.enter_called and a.exit_called and body_executed, "ran")
    check(a.exc_info[0] is not None, "saw the exit's exception")


def testEnterReturnsTuple():
    with Dummy(value=(1, 2)) as (a1, a2), \
         Dummy(value=(10, 20)) as (b1, b2):
        check((a1, a2, b1, b2) == (1, 2, 10, 20), "unpacked")


for test in [testExitTrueSwallowsException, testExitFalseDoesntSwallowException, testNoExceptions,
             testExceptionInExprList, testExceptionInEnter, testExceptionInExit, testEnterReturnsTuple]:
    run(test)
