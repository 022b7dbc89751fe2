# An exception raised by __exit__ while it handles the body's exception gets that one as __context__.
class ExitThrows:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise KeyError("from exit")

try:
    with ExitThrows():
        raise ValueError("from body")
except KeyError as e:
    print(repr(e))
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
