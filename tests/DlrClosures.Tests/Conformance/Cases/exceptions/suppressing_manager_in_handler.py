# A context manager that suppresses inside an except clause: the handled exception stays the same afterwards.
class Ignore:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.saw = exc
        return True

try:
    try:
        raise ValueError("outer")
    except ValueError:
        with Ignore() as ignore:
            raise KeyError("inner")
        print("inner was", repr(ignore.saw), "with context", repr(ignore.saw.__context__))
        raise TypeError("after the with")
except TypeError as e:
    print(repr(e.__context__))
