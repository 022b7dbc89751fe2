# Port of CPython 3.11 test_with.py, NestedNonexceptionalTestCase (written anew): a Nested manager
# that enters several managers as one, with class-based mocks.
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



class Nested:
    # Several managers entered as one, exited first-in last-out; a new exception replaces the old.
    def __init__(self, *managers):
        self.managers = managers
        self.entered = None

    def __enter__(self):
        if self.entered is not None:
            raise RuntimeError("Context is not reentrant")
        self.entered = []
        values = []
        try:
            for manager in self.managers:
                values.append(manager.__enter__())
                self.entered.insert(0, manager)
        except BaseException as e:
            if not self.__exit__(type(e), e, e.__traceback__):
                raise
        return values

    def __exit__(self, *exc_info):
        current = exc_info
        for manager in self.entered:
            try:
                if manager.__exit__(*current):
                    current = (None, None, None)
            except BaseException as e:
                current = (type(e), e, e.__traceback__)
        self.entered = None
        if current is not exc_info and current[1] is not None:
            raise current[1]
        return current is not exc_info


class MockNested(Nested):
    def __init__(self, *managers):
        Nested.__init__(self, *managers)
        self.enter_called = False
        self.exit_called = False
        self.exit_args = None

    def __enter__(self):
        self.enter_called = True
        return Nested.__enter__(self)

    def __exit__(self, *exc_info):
        self.exit_called = True
        self.exit_args = exc_info
        return Nested.__exit__(self, *exc_info)



def testSingleArgInlineGeneratorSyntax():
    with Nested(MockContextManager()):
        pass


def testSingleArgBoundToNonTuple():
    m = MockContextManager()
    with Nested(m) as foo:
        in_manager(m)
    after_manager_no_error(m)
    check(len(foo) == 1, "one value")


def testSingleArgBoundToSingleElementParenthesizedList():
    m = MockContextManager()
    with Nested(m) as (foo):
        in_manager(m)
    after_manager_no_error(m)


def testSingleArgBoundToMultipleElementTupleError():
    def should_throw():
        with Nested(MockContextManager()) as (foo, bar):
            pass
    check(raises(ValueError, should_throw), "ValueError")


def testSingleArgUnbound():
    manager = MockContextManager()
    nested = MockNested(manager)
    with nested:
        in_manager(manager)
        in_manager(nested)
    after_manager_no_error(manager)
    after_manager_no_error(nested)


def testMultipleArgUnbound():
    m, n, o = MockContextManager(), MockContextManager(), MockContextManager()
    nested = MockNested(m, n, o)
    with nested:
        in_manager(m)
        in_manager(n)
        in_manager(o)
        in_manager(nested)
    after_manager_no_error(m)
    after_manager_no_error(n)
    after_manager_no_error(o)
    after_manager_no_error(nested)


def testMultipleArgBound():
    nested = MockNested(MockContextManager(), MockContextManager(), MockContextManager())
    with nested as (m, n, o):
        in_resource(m)
        in_resource(n)
        in_resource(o)
        in_manager(nested)
    after_resource(m)
    after_resource(n)
    after_resource(o)
    after_manager_no_error(nested)


for test in [testSingleArgInlineGeneratorSyntax, testSingleArgBoundToNonTuple,
             testSingleArgBoundToSingleElementParenthesizedList, testSingleArgBoundToMultipleElementTupleError,
             testSingleArgUnbound, testMultipleArgUnbound, testMultipleArgBound]:
    run(test)
