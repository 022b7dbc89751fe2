# __exit__ updates a nonlocal of the function that made the manager, also when it suppresses.
def counting_manager():
    entered = 0
    errors = []

    class Counter:
        def __enter__(self):
            nonlocal entered
            entered += 1
            return entered

        def __exit__(self, exc_type, exc, tb):
            nonlocal errors
            if exc_type is not None:
                errors = errors + [str(exc)]
            return exc_type is ZeroDivisionError

    def stats():
        return entered, errors

    return Counter(), stats

manager, stats = counting_manager()
for d in [1, 0, 2, 0]:
    with manager as n:
        print(n, 10 // d)
print(stats())
