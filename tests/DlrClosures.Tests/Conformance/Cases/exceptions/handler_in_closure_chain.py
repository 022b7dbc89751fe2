# Exceptions crossing closures: each closure's handler raises a new error chained to the previous one.
def layer(name, inner):
    def run():
        try:
            inner()
        except Exception as e:
            raise RuntimeError(f"{name} failed") from e
    return run

def bottom():
    raise ValueError("root cause")

stack = layer("top", layer("middle", bottom))
try:
    stack()
except RuntimeError as e:
    while e is not None:
        print(repr(e))
        e = e.__cause__
