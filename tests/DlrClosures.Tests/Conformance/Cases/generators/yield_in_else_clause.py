# Yields in a try's else clause and in a loop's else clause.
def gen(items):
    for item in items:
        try:
            value = int(item)
        except ValueError:
            yield "bad " + item
        else:
            yield value
    else:
        yield "loop done"

print(list(gen(["1", "x", "3"])))
