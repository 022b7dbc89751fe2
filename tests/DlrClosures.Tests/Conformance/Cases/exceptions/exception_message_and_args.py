# The caught exception prints as its message, keeps its constructor arguments in args,
# and repr shows the type and arguments.
def show(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
        print(e.args)
        print(repr(e))


show(lambda: 1 / 0)
show(lambda: {"k": 1}["missing"])
show(lambda: [1][3])
show(lambda: int("12x"))
