from first import value
def helper():
    return value()
