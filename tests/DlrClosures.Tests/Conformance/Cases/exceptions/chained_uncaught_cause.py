# An uncaught exception with an explicit cause ends the program with its own line, printed last.
def load(config, key):
    try:
        return config[key]
    except KeyError as missing:
        raise RuntimeError("configuration incomplete") from missing

print(load({"a": 1}, "a"))
try:
    load({}, "x")
except RuntimeError as e:
    print(repr(e), "from", repr(e.__cause__), e.__suppress_context__)
load({}, "b")
