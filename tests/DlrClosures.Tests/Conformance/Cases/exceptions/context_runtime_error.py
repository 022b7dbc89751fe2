# Errors the runtime raises inside a handler (not just raise statements) get the handled exception as context.
try:
    try:
        raise OSError("disk full")
    except OSError:
        1 / 0
except ZeroDivisionError as e:
    print(repr(e.__context__))

try:
    try:
        [].pop()
    except IndexError:
        undefined_name
except NameError as e:
    print(repr(e), repr(e.__context__))

try:
    try:
        int("x")
    except ValueError:
        {}["missing"]
except KeyError as e:
    print(repr(e), "<-", repr(e.__context__))
