# Inside __exit__ called for an exception, that exception is the one being handled: a bare raise re-raises it.
class Reraiser:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("re-raising", exc_type.__name__)
            raise
        print("clean exit")

with Reraiser():
    pass
try:
    with Reraiser():
        raise ArithmeticError("original")
except ArithmeticError as e:
    print("caught:", e, e.__context__)
