# Calling with too many positional arguments.
def pair(a, b):
    return (a, b)


print(pair(1, 2))
pair(1, 2, 3)
