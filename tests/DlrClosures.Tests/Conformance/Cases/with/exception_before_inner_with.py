# An exception between an outer with and an inner one leaves the inner manager untouched.
class Mock:
    def __init__(self):
        self.entered = False
        self.exit_args = None

    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, *exc_info):
        self.exit_args = exc_info

a = Mock()
b = Mock()
try:
    with a:
        raise RuntimeError("test exception")
        with b:
            pass
except RuntimeError:
    pass
print(a.entered, a.exit_args[0], a.exit_args[1])
print(b.entered, b.exit_args)
