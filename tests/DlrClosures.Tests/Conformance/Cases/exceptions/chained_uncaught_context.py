# An uncaught exception raised while handling another: the program ends with the last one's line.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError(f"no number in {text!r}")

print(parse("7"))
try:
    parse("x")
except LookupError as e:
    print(repr(e), "<-", repr(e.__context__))
parse("seven")
