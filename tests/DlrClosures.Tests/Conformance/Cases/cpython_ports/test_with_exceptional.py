# Port of CPython 3.11 test_with.py, ExceptionalTestCase (written anew, class-based mocks): what __exit__
# receives when the body raises, nested and multiple managers, StopIteration, errors in __bool__.
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



TEST_EXCEPTION = RuntimeError("test exception")


def raise_test_exception():
    raise TEST_EXCEPTION


def after_manager_with_error(mock, exc_type=None):
    check(mock.enter_called and mock.exit_called, "entered and exited")
    if exc_type is None:
        check(mock.exit_args[1] is TEST_EXCEPTION, "the exception")
        exc_type = type(TEST_EXCEPTION)
    check(mock.exit_args[0] is exc_type, "its class")
    check(isinstance(mock.exit_args[1], exc_type), "an instance")
    check(mock.exit_args[2] is not None, "a traceback")


class Self:
    pass


def testSingleResource():
    cm = MockContextManager()
    self = Self()

    def should_throw():
        with cm as self.resource:
            in_manager(cm)
            in_resource(self.resource)
            raise_test_exception()
    check(raises(RuntimeError, should_throw), "RuntimeError")
    after_manager_with_error(cm)
    after_resource(self.resource)


def testExceptionNormalized():
    cm = MockContextManager()

    def should_throw():
        with cm:
            1 // 0
    check(raises(ZeroDivisionError, should_throw), "ZeroDivisionError")
    after_manager_with_error(cm, ZeroDivisionError)


def testNestedSingleStatements():
    mock_a, mock_b = MockContextManager(), MockContextManager()
    self = Self()

    def should_throw():
        with mock_a as self.foo:
            with mock_b as self.bar:
                in_manager(mock_a)
                in_manager(mock_b)
                in_resource(self.foo)
                in_resource(self.bar)
                raise_test_exception()
    check(raises(RuntimeError, should_throw), "RuntimeError")
    after_manager_with_error(mock_a)
    after_manager_with_error(mock_b)
    after_resource(self.foo)
    after_resource(self.bar)


def testMultipleResourcesInSingleStatement():
    cm_a, cm_b = MockContextManager(), MockContextManager()
    nested = MockNested(cm_a, cm_b)
    self = Self()

    def should_throw():
        with nested as (self.resource_a, self.resource_b):
            in_manager(cm_a)
            in_manager(cm_b)
            in_manager(nested)
            in_resource(self.resource_a)
            in_resource(self.resource_b)
            raise_test_exception()
    check(raises(RuntimeError, should_throw), "RuntimeError")
    after_manager_with_error(cm_a)
    after_manager_with_error(cm_b)
    after_manager_with_error(nested)
    after_resource(self.resource_a)
    after_resource(self.resource_b)


def testNestedExceptionBeforeInnerStatement():
    mock_a, mock_b = MockContextManager(), MockContextManager()
    self = Self()
    self.bar = None

    def should_throw():
        with mock_a as self.foo:
            in_manager(mock_a)
            in_resource(self.foo)
            raise_test_exception()
            with mock_b as self.bar:
                pass
    check(raises(RuntimeError, should_throw), "RuntimeError")
    after_manager_with_error(mock_a)
    after_resource(self.foo)
    check(self.bar is None and not mock_b.enter_called and not mock_b.exit_called, "inner untouched")
    check(mock_b.exit_args is None, "inner exit args")


def testNestedExceptionAfterInnerStatement():
    mock_a, mock_b = MockContextManager(), MockContextManager()
    self = Self()

    def should_throw():
        with mock_a as self.foo:
            with mock_b as self.bar:
                in_manager(mock_a)
                in_manager(mock_b)
                in_resource(self.foo)
                in_resource(self.bar)
            raise_test_exception()
    check(raises(RuntimeError, should_throw), "RuntimeError")
    after_manager_with_error(mock_a)
    after_manager_no_error(mock_b)
    after_resource(self.foo)
    after_resource(self.bar)


def testRaisedStopIteration2():
    class cm:
        def __enter__(self):
            pass

        def __exit__(self, exc_type, exc, tb):
            pass

    def should_throw():
        with cm():
            raise StopIteration("from with")
    try:
        should_throw()
        check(False, "StopIteration not raised")
    except StopIteration as e:
        check(str(e) == "from with", "message")


def testErrorsInBool():
    class cm:
        def __init__(self, bool_conversion):
            class Bool:
                def __bool__(self):
                    return bool_conversion()
            self.exit_result = Bool()

        def __enter__(self):
            return 3

        def __exit__(self, a, b, c):
            return self.exit_result

    def true_as_bool():
        with cm(lambda: True):
            raise AssertionError("Should NOT see this")
    true_as_bool()

    def false_as_bool():
        with cm(lambda: False):
            raise AssertionError("Should raise")
    check(raises(AssertionError, false_as_bool), "AssertionError")

    def fail_as_bool():
        with cm(lambda: 1 // 0):
            raise AssertionError("Should NOT see this")
    check(raises(ZeroDivisionError, fail_as_bool), "ZeroDivisionError")


for test in [testSingleResource, testExceptionNormalized, testNestedSingleStatements,
             testMultipleResourcesInSingleStatement, testNestedExceptionBeforeInnerStatement,
             testNestedExceptionAfterInnerStatement, testRaisedStopIteration2, testErrorsInBool]:
    run(test)
