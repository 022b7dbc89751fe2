# A hand-written version of contextlib.suppress: swallows only the listed exception classes (subclasses too).
class suppress:
    def __init__(self, *exceptions):
        self.exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.exceptions)

with suppress(KeyError):
    {}["k"]
print("KeyError suppressed")
with suppress(LookupError):
    [][3]
print("IndexError suppressed as a LookupError")
try:
    with suppress(KeyError, IndexError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
