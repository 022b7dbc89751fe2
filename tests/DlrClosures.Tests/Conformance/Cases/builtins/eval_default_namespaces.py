# eval without dicts reads the caller's globals and locals.
scale = 2
def f(x):
    return eval('x * scale')
print(f(21), eval(' 1 + 1'))
