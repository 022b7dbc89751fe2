NAME = "module"
def hello():
    return "hello " + NAME
