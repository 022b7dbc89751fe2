# An exception in __enter__ propagates at once: the body does not run and __exit__ is not called.
class EnterThrows:
    def __enter__(self):
        raise RuntimeError("enter threw")

    def __exit__(self, *args):
        print("exit must not run")

class Holder:
    pass

holder = Holder()
holder.value = None
try:
    with EnterThrows() as holder.value:
        print("body must not run")
except RuntimeError as e:
    print("caught:", e)
print(holder.value)
