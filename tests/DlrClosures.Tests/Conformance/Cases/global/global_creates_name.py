# A function may create a module-level name that did not exist before.
def define():
    global created
    created = "now I exist"


def read():
    return created


define()
print(created)
print(read())
