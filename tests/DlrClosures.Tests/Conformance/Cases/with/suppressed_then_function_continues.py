# After a suppressed exception the function goes on with the statements after the with.
class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("quietly dropped", exc_type.__name__)
        return True

def process(items):
    done = []
    for item in items:
        with Quiet():
            done.append(100 // item)
            done.append("ok")
    return done

print(process([5, 0, 20]))
