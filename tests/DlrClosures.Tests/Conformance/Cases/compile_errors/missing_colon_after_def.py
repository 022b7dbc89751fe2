# A def header without its colon.
print("never printed")


def f()
    return 1
