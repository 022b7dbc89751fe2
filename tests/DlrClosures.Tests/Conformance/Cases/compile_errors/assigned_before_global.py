# global must also come before an assignment in the same function.
x = 0


def f():
    x = 1
    global x
