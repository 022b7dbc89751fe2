# global works at any depth and skips enclosing function scopes entirely.
level = 0


def outer():
    level = 100

    def inner():
        global level
        level += 1

    inner()
    inner()
    return level


print(outer())
print(level)
