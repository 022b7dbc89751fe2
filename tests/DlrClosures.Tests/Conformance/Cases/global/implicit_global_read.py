# A name only read in a function (and not bound by an enclosing function) is
# looked up in the module each time the function runs.
def show():
    return setting


setting = "first"
print(show())
setting = "second"
print(show())
