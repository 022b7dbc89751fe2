# raise X from Y sets __cause__ and __suppress_context__; the implicit __context__ is still recorded.
try:
    try:
        {}["k"]
    except KeyError as original:
        raise RuntimeError("lookup failed") from original
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__cause__ is e.__context__)

try:
    raise TypeError("standalone") from OSError("root")
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
