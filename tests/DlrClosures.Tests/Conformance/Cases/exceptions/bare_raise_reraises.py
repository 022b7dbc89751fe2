# A bare raise inside a handler re-raises the exception being handled, after the handler's own output.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", text)
        raise


print(parse("42"))
print(parse("forty"))
print("not reached")
