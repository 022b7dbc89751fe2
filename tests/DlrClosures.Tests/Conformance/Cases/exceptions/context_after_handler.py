# Once a handler has finished, the exception is no longer handled: a later raise has no context.
try:
    raise ValueError("handled and done")
except ValueError:
    pass

try:
    raise KeyError("later")
except KeyError as e:
    print(e.__context__)

try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise KeyError("after inner handler")
except KeyError as e:
    print(repr(e.__context__))
