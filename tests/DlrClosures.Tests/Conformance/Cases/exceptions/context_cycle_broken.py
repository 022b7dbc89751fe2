# Raising an exception that is already in the handled exception's chain cuts the cycle there.
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        saved_a = a
        try:
            raise KeyError("b")
        except KeyError as b:
            saved_b = b
            raise a
except ValueError as e:
    print(e is saved_a, repr(e.__context__))
    print(repr(saved_b.__context__))
