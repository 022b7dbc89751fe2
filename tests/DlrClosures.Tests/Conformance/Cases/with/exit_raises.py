# An exception raised by __exit__ after a normal body propagates; with no exception handled, it has no context.
class ExitThrows:
    def __enter__(self):
        return "entered"

    def __exit__(self, *args):
        raise RuntimeError(42)

def run():
    with ExitThrows() as value:
        print("body", value)
    print("after (not reached)")

try:
    run()
except RuntimeError as e:
    print("caught:", repr(e), e.__context__, e.__cause__)
