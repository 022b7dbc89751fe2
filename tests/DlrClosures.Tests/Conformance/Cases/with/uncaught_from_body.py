# An exception __exit__ does not suppress leaves the with and ends the program.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__)

with Manager():
    print("body")
    raise KeyError("lost")
print("not reached")
