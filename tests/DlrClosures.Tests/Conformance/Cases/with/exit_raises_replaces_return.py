# A return in the body is abandoned when __exit__ raises; the new exception has no context.
class Failing:
    def __enter__(self):
        pass

    def __exit__(self, *exc_info):
        raise RuntimeError("exit failed")

def f():
    with Failing():
        return "never returned"

try:
    print(f())
except RuntimeError as e:
    print("caught:", e, e.__context__)
