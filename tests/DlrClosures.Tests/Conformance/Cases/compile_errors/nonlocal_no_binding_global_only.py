# A module-level x does not count as a binding for nonlocal.
x = 0


def f():
    nonlocal x
    x = 1


f()
