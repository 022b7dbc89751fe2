# dir() without an argument lists the local names, sorted.
def f(zeta, alpha):
    middle = 1
    return dir()
print(f(1, 2))
