# Over several lines, an item's expression fails at its own line; __enter__ and __exit__ at the with's line.
def boom():
    raise ValueError("expression")

class M:
    def __init__(self, fail=None):
        self.fail = fail

    def __enter__(self):
        if self.fail == "enter":
            raise ValueError("enter")
        return self

    def __exit__(self, *a):
        if self.fail == "exit":
            raise KeyError("exit")

def g(kind):
    with (
        M() as a,
        boom() if kind == "expression" else M(kind) as b,
    ):
        pass

for kind in ["expression", "enter", "exit"]:
    try:
        g(kind)
    except Exception as e:
        print(kind, e.__traceback__.tb_next.tb_lineno)
