# Port of CPython 3.11 test_with.py, AssignmentTargetTestCase (written anew): subscripts, attributes,
# tuples of them and starred targets after as.
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



class NullContext:
    # Stands for contextlib.nullcontext: __enter__ returns the value given.
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc_info):
        pass


def testSingleComplexTarget():
    targets = {1: [0, 1, 2]}
    with MockContextManager() as targets[1][0]:
        check(list(targets.keys()) == [1], "keys")
        check(targets[1][0].__class__ is MockResource, "item 0")
    with MockContextManager() as list(targets.values())[0][1]:
        check(list(targets.keys()) == [1], "keys")
        check(targets[1][1].__class__ is MockResource, "item 1")
    with MockContextManager() as targets[2]:
        keys = list(targets.keys())
        keys.sort()
        check(keys == [1, 2], "new key")

    class C:
        pass
    blah = C()
    with MockContextManager() as blah.foo:
        check(hasattr(blah, "foo"), "attribute")


def testMultipleComplexTargets():
    class C:
        def __enter__(self):
            return 1, 2, 3

        def __exit__(self, t, v, tb):
            pass
    targets = {1: [0, 1, 2]}
    with C() as (targets[1][0], targets[1][1], targets[1][2]):
        check(targets == {1: [1, 2, 3]}, "items")
    with C() as (list(targets.values())[0][2], list(targets.values())[0][1], list(targets.values())[0][0]):
        check(targets == {1: [3, 2, 1]}, "reversed items")
    with C() as (targets[1], targets[2], targets[3]):
        check(targets == {1: 1, 2: 2, 3: 3}, "keys")

    class B:
        pass
    blah = B()
    with C() as (blah.one, blah.two, blah.three):
        check((blah.one, blah.two, blah.three) == (1, 2, 3), "attributes")


def testWithExtendedTargets():
    with NullContext(range(1, 5)) as (a, *b, c):
        check(a == 1 and b == [2, 3] and c == 4, "starred")


for test in [testSingleComplexTarget, testMultipleComplexTargets, testWithExtendedTargets]:
    run(test)
