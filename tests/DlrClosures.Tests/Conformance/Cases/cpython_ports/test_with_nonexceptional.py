# Port of CPython 3.11 test_with.py, NonexceptionalTestCase (written anew), with a class-based mock
# manager in place of the generator-based one.
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



class Test:
    pass


def testInlineGeneratorSyntax():
    with MockContextManager():
        pass


def testUnboundGenerator():
    mock = MockContextManager()
    with mock:
        pass
    after_manager_no_error(mock)


def testInlineGeneratorBoundSyntax():
    with MockContextManager() as foo:
        in_resource(foo)
    after_resource(foo)


def testInlineGeneratorBoundToExistingVariable():
    foo = None
    with MockContextManager() as foo:
        in_resource(foo)
    after_resource(foo)


def testInlineGeneratorBoundToDottedVariable():
    self = Test()
    with MockContextManager() as self.foo:
        in_resource(self.foo)
    after_resource(self.foo)


def testBoundGenerator():
    mock = MockContextManager()
    with mock as foo:
        in_resource(foo)
        in_manager(mock)
    after_resource(foo)
    after_manager_no_error(mock)


def testNestedSingleStatements():
    mock_a = MockContextManager()
    with mock_a as foo:
        mock_b = MockContextManager()
        with mock_b as bar:
            in_manager(mock_a)
            in_manager(mock_b)
            in_resource(foo)
            in_resource(bar)
        after_manager_no_error(mock_b)
        after_resource(bar)
        in_manager(mock_a)
        in_resource(foo)
    after_manager_no_error(mock_a)
    after_resource(foo)


for test in [testInlineGeneratorSyntax, testUnboundGenerator, testInlineGeneratorBoundSyntax,
             testInlineGeneratorBoundToExistingVariable, testInlineGeneratorBoundToDottedVariable,
             testBoundGenerator, testNestedSingleStatements]:
    run(test)
