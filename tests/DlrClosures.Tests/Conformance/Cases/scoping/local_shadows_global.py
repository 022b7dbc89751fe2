# A local assignment hides the global without changing it.
name = "module"


def f():
    name = "function"
    return name


print(f())
print(name)
