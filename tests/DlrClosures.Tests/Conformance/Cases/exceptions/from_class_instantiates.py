# A class after `from` is instantiated with no arguments, like a class after `raise`.
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__), isinstance(e.__cause__, KeyError))
try:
    raise ValueError("v") from IndexError("i")
except ValueError as e:
    print(e.__cause__.args)
