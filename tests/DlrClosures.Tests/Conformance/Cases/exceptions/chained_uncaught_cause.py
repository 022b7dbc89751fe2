# An uncaught exception with an explicit cause ends the program with its own line, printed last.
def load(config, key):
    try:
        return config[key]
    except KeyError as missing:
        raise RuntimeError("configuration incomplete") from missing

print(load({"a": 1}, "a"))
load({}, "b")
