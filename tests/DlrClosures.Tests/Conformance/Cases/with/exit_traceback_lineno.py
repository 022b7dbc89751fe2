# The traceback given to __exit__ has tb_lineno (the line that raised in this frame) and tb_next.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(exc_type.__name__, lines)
        return True

def fail():
    raise ValueError("deep")

with Inspect():
    x = 1
    fail()
with Inspect():
    1 / 0
