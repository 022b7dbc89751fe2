# Conditional expressions, nested to the right.
def sign(v):
    return "neg" if v < 0 else "zero" if v == 0 else "pos"


print([sign(v) for v in [-2, 0, 7]])
print((lambda v: v if v else "empty")(""))
print(1 if True else 1 / 0)
