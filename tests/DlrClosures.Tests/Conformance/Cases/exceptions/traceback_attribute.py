# __traceback__ is None until raised, then a traceback object; with_traceback sets it and returns the exception.
e = ValueError("x")
print(e.__traceback__)

def fail():
    raise e

try:
    fail()
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb is not None, tb.tb_next is not None, tb.tb_next.tb_next)
    print(tb.tb_next.tb_lineno)
print(e.with_traceback(None) is e, e.__traceback__)
try:
    e.__traceback__ = "nope"
except TypeError as err:
    print(err)
