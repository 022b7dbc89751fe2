# __cause__ and __context__ can be assigned (None or an exception); setting __cause__ also sets __suppress_context__.
e = RuntimeError("r")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = ValueError("v")
print(repr(e.__context__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
for attribute, value in [("__cause__", 1), ("__context__", "s"), ("__suppress_context__", 1)]:
    try:
        setattr(e, attribute, value)
    except TypeError as err:
        print(attribute, err)
