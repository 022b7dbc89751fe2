# Storing to the target happens inside the with: if unpacking fails, __exit__ receives that error.
class Give:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        print("enter")
        return self.value

    def __exit__(self, exc_type, exc, tb):
        print("exit got", exc_type.__name__ if exc_type else None, exc)
        return False

try:
    with Give((1, 2, 3)) as (a, b):
        print("body never runs")
except ValueError as e:
    print("caught:", e)
try:
    with Give(5) as (a, b):
        pass
except TypeError as e:
    print("caught:", e)
