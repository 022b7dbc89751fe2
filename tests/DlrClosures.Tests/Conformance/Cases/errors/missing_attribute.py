# Reading an attribute a function does not have.
def f():
    return 1


print(f.__name__)
print(f.missing)
