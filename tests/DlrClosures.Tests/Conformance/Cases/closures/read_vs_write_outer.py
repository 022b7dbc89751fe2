# Reading an outer name captures it; assigning makes a separate local.
def outer(x):
    def reads():
        return x

    def writes(y):
        x = y
        return x

    return reads, writes


reads, writes = outer(5)
print(reads())
print(writes(10))
print(reads())
