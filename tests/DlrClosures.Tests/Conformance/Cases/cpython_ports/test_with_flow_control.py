# Port of CPython 3.11 test_with.py, NonLocalFlowControlTestCase (written anew): break, continue,
# return and raise out of a with body.
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



class MockResource:
    def __init__(self):
        self.yielded = False
        self.stopped = False


class MockContextManager:
    # Stands for test_with's generator-based mock: enter marks the resource yielded, exit stops it.
    def __init__(self):
        self.enter_called = False
        self.exit_called = False
        self.exit_args = None
        self.resource = MockResource()

    def __enter__(self):
        self.enter_called = True
        self.resource.yielded = True
        return self.resource

    def __exit__(self, exc_type, exc, tb):
        self.exit_called = True
        self.exit_args = (exc_type, exc, tb)
        self.resource.stopped = True
        return False


def in_manager(mock):
    check(mock.enter_called and not mock.exit_called and mock.exit_args is None, "manager inside the with")


def after_manager_no_error(mock):
    check(mock.enter_called and mock.exit_called and mock.exit_args == (None, None, None), "manager after a clean with")


def in_resource(resource):
    check(resource.yielded and not resource.stopped, "resource inside the with")


def after_resource(resource):
    check(resource.yielded and resource.stopped, "resource after the with")



def testWithBreak():
    counter = 0
    while True:
        counter += 1
        with MockContextManager():
            counter += 10
            break
        counter += 100
    check(counter == 11, "counter")


def testWithContinue():
    counter = 0
    while True:
        counter += 1
        if counter > 2:
            break
        with MockContextManager():
            counter += 10
            continue
        counter += 100
    check(counter == 12, "counter")


def testWithReturn():
    def foo():
        counter = 0
        while True:
            counter += 1
            with MockContextManager():
                counter += 10
                return counter
            counter += 100
    check(foo() == 11, "returned")


def testWithRaise():
    counter = 0
    try:
        counter += 1
        with MockContextManager():
            counter += 10
            raise RuntimeError
        counter += 100
    except RuntimeError:
        check(counter == 11, "counter")
    else:
        check(False, "Didn't raise RuntimeError")


for test in [testWithBreak, testWithContinue, testWithReturn, testWithRaise]:
    run(test)
