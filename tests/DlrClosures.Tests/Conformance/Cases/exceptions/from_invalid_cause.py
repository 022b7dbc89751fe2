# A cause that is not an exception (nor None, nor an exception class) is a TypeError.
for cause in [1, "text", [ValueError()]]:
    try:
        raise ValueError("x") from cause
    except TypeError as e:
        print(type(cause).__name__, e)
raise ValueError("y") from 3.5
