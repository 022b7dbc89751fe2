# An exception raised in a closure called from the body reaches __exit__ of the enclosing with.
def outer():
    limit = 3

    def check(value):
        if value > limit:
            raise ValueError(f"{value} is over {limit}")
        return value

    class Guard:
        def __enter__(self):
            return check

        def __exit__(self, exc_type, exc, tb):
            print("guard saw:", exc)
            return exc_type is ValueError

    results = []
    for v in [1, 5, 2]:
        with Guard() as checker:
            results.append(checker(v))
    return results

print(outer())
