from second import helper
def value():
    return 1
