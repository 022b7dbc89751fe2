# An exception raised in a finally clause run for another exception takes that one as context.
def f():
    try:
        raise ValueError("pending")
    finally:
        raise KeyError("from finally")

try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))

def g():
    try:
        pass
    finally:
        raise KeyError("no pending exception")

try:
    g()
except KeyError as e:
    print(repr(e), e.__context__)
