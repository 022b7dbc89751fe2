UNIT = "cm"
def area(w, h):
    return w * h
def describe(name):
    return f"{name} in {UNIT}"
