# Before nonlocal existed, people kept the value in a one-element list.
def outer(x):
    x = [x]

    def reads():
        return x[0]

    def writes(y):
        x[0] = y

    def swap(y):
        old = x[0]
        x[0] = y
        return old

    return reads, writes, swap


reads, writes, swap = outer(5)
print(reads())
writes(10)
print(reads())
print(swap(15))
print(reads())
