# Port of CPython 3.11 test_with.py, FailureTestCase (written anew): names, missing __enter__/__exit__,
# and exceptions thrown by __enter__ and __exit__.
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



def testNameError():
    def foo_not_declared():
        with foo:
            pass
    check(raises(NameError, foo_not_declared), "NameError")


def message_of(manager):
    try:
        with manager:
            pass
    except TypeError as e:
        return str(e)
    return None


def testEnterAttributeError1():
    class LacksEnter:
        def __exit__(self, exc_type, exc, tb):
            pass
    check("the context manager" in message_of(LacksEnter()), "message")


def testEnterAttributeError2():
    class LacksEnterAndExit:
        pass
    check("the context manager" in message_of(LacksEnterAndExit()), "message")


def testExitAttributeError():
    class LacksExit:
        def __enter__(self):
            pass
    message = message_of(LacksExit())
    check("the context manager" in message and message.endswith("(missed __exit__ method)"), "message")


class Holder:
    pass


def testEnterThrows():
    class EnterThrows:
        def __enter__(self):
            raise RuntimeError("Enter threw")

        def __exit__(self, *args):
            pass

    holder = Holder()
    holder.foo = None

    def should_throw():
        with EnterThrows() as holder.foo:
            pass
    check(raises(RuntimeError, should_throw), "RuntimeError")
    check(holder.foo is None, "target untouched")


def testExitThrows():
    class ExitThrows:
        def __enter__(self):
            return

        def __exit__(self, *args):
            raise RuntimeError(42)

    def should_throw():
        with ExitThrows():
            pass
    check(raises(RuntimeError, should_throw), "RuntimeError")


for test in [testNameError, testEnterAttributeError1, testEnterAttributeError2, testExitAttributeError,
             testEnterThrows, testExitThrows]:
    run(test)
