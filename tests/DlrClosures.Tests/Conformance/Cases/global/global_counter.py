# global lets a function rebind a module-level name.
calls = 0


def hit():
    global calls
    calls += 1
    return calls


hit()
hit()
print(hit())
print(calls)
