# A closure records each exception it handles in a nonlocal list; the contexts link them in order.
def recorder():
    seen = []

    def attempt(action):
        nonlocal seen
        try:
            action()
        except Exception as e:
            seen = seen + [e]
            raise

    return attempt, lambda: seen

attempt, seen = recorder()
try:
    try:
        attempt(lambda: 1 / 0)
    except ZeroDivisionError:
        attempt(lambda: [][1])
except IndexError as last:
    print([repr(e) for e in seen()])
    print(repr(last.__context__), last.__context__ is seen()[0])
