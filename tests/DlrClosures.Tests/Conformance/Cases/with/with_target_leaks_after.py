# The with target stays bound after the statement (there is no scope of its own), and a closure sees it.
class Give:
    def __enter__(self):
        return "still here"

    def __exit__(self, *exc_info):
        pass

def f():
    with Give() as leaked:
        pass
    read = lambda: leaked
    return leaked, read()

print(f())
