# With handlers nested, an exception's context is the innermost exception being handled, and so on outward.
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError:
            raise IndexError("c")
except IndexError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))
