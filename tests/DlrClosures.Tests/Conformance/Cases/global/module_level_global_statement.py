# A global statement at module level is allowed and changes nothing.
global g
g = 3


def read():
    return g


print(read())
