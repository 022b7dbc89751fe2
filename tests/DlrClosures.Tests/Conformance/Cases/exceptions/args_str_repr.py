# args, str and repr for zero, one and several arguments, and KeyError's repr-of-the-key str.
for e in [ValueError(), ValueError("one"), ValueError(1, "two"), ValueError(("t",)),
          KeyError("k"), KeyError(), KeyError(1, 2), IndexError(None), Exception([])]:
    print(e.args, "|", str(e), "|", repr(e), "|", type(e).__name__, type(e) is e.__class__)
