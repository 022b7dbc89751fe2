# A context manager built by a function: its methods are closures and capture a counter in lambdas.
def make_manager(label):
    events = []
    depth = 0

    class Scope:
        def __enter__(self):
            nonlocal depth
            depth += 1
            report = lambda: f"{label}:{depth}"
            events.append(report)
            return report

        def __exit__(self, *exc_info):
            nonlocal depth
            depth -= 1
            events.append(lambda: f"{label} closed, depth {depth}")

    return Scope, events

Scope, events = make_manager("S")
with Scope() as outer:
    with Scope() as inner:
        print(outer(), inner())
print([event() for event in events])
