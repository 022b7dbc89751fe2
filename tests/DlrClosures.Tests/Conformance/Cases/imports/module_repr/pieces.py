a = 1
def b():
    pass
