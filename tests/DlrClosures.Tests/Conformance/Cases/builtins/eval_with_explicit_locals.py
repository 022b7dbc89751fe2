# eval sees a function's locals passed explicitly, and globals from a dict.
def compute(expression):
    base = 10
    factor = 3
    return eval(expression, {'offset': 1}, locals())
print(compute('base * factor + offset'))
