# A for loop target is a local of the function and survives the loop.
i = "global i"


def f():
    for i in range(3):
        pass
    return i


print(f())
print(i)
