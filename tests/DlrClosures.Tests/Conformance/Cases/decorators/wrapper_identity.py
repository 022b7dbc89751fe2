# Without functools.wraps, the wrapper keeps its own name and qualname.
def plain(func):
    def wrapper(*args):
        return func(*args)

    return wrapper


def named(func):
    def wrapper(*args):
        return func(*args)

    wrapper.__name__ = func.__name__
    return wrapper


@plain
def alpha():
    return 1


@named
def beta():
    return 2


print(alpha.__name__, alpha.__qualname__)
print(beta.__name__, beta.__qualname__)
print(alpha.__closure__[0].cell_contents.__name__)
