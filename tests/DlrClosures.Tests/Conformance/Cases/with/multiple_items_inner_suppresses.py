# With two items, an inner manager that suppresses hides the exception from the outer one.
class Recorder:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(self.name, "sees", exc_type)
        return self.swallow

with Recorder("outer", False), Recorder("inner", True):
    raise IndexError("x")
print("---")
try:
    with Recorder("outer", False), Recorder("inner", False):
        raise IndexError("y")
except IndexError as e:
    print("escaped:", e)
print("---")
with Recorder("outer", True), Recorder("inner", False):
    raise IndexError("z")
print("outer swallowed")
