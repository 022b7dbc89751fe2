# Inside try/finally, __exit__ runs before the finally clause, for a normal end and for an exception.
class Manager:
    def __enter__(self):
        print("enter")

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)

def run(fail):
    try:
        with Manager():
            if fail:
                raise OSError("disk")
            print("body ok")
    finally:
        print("finally")

run(False)
try:
    run(True)
except OSError as e:
    print("caught", e)
