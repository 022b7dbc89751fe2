# Calling something that is not a function.
def make():
    return 42


result = make()
print(result)
result()
