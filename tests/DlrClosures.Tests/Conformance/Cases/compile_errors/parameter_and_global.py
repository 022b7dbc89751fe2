# A parameter cannot also be declared global.
def f(x):
    global x
    return x
