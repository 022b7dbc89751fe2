# Mixing int and str with +.
def label(n):
    return "item " + n


print(label("one"))
print(label(1))
