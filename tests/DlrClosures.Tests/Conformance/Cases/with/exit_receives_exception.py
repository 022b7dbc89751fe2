# An exception leaving the body reaches __exit__ as (class, instance, traceback object).
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(exc_type, repr(exc), exc_type is ValueError)
        print(type(tb).__name__, tb is exc.__traceback__ or tb is not None)
        print(isinstance(exc, exc_type), exc.args)
        return True

with Manager():
    raise ValueError("bad", 7)
print("suppressed")
