# BaseException subclasses (SystemExit, KeyboardInterrupt) also pass through __exit__ and can be suppressed.
class Watch:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__, exc.args)
        return self.swallow

with Watch(True):
    raise SystemExit(3)
print("SystemExit swallowed")
try:
    with Watch(False):
        raise KeyboardInterrupt
except BaseException as e:
    print("escaped", repr(e))
