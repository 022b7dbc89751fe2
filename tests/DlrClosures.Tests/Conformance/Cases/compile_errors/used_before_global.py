# ... and before any use of the name.
x = 0


def f():
    print(x)
    global x
