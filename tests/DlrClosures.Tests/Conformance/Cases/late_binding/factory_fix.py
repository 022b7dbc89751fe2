# The other classic fix: a factory call gives each function its own cell.
def make(i):
    return lambda: i


fns = [make(i) for i in range(3)]
print([f() for f in fns])
print(fns[0].__closure__[0] is fns[1].__closure__[0])
