# Raising while handling sets __context__ to the handled exception; __cause__ stays None.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
    print(e.__context__.__context__)
