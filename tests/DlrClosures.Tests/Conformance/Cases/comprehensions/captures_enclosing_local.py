# A comprehension inside a function reads the function's locals through a
# cell, so the function reports them as cell variables. (3.11 behaviour: 3.12
# inlines comprehensions, PEP 709, and would print an empty tuple.)
def scale_all(values, factor):
    offset = 1
    return [v * factor + offset for v in values]


print(scale_all([1, 2, 3], 10))
print(scale_all.__code__.co_cellvars)
