# An exception leaving the loop closes the generator the loop made, before handlers run.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("closed")

try:
    for x in gen():
        raise KeyError(x)
except KeyError as e:
    print("handler", e)
