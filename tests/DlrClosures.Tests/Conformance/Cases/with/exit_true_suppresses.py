# __exit__ returning True swallows the exception; the statement after the with runs.
class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return True

def run():
    with Swallow():
        print("before")
        {}["missing"]
        print("never")
    return "finished"

print(run())
