# Changing the dict locals() returned does not change the function's variable.
def f():
    x = 1
    d = locals()
    d['x'] = 99
    return x, d['x']
print(f())
