# StopIteration raised in a with body is an ordinary exception there: it reaches __exit__ and the caller.
class Plain:
    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__)

def should_throw():
    with Plain():
        raise StopIteration("from with")

try:
    should_throw()
except StopIteration as e:
    print("caught:", e)
try:
    with Plain():
        raise next(iter([]))
except StopIteration as e:
    print("caught:", repr(e))
