# break with no enclosing loop.
def f():
    break


f()
