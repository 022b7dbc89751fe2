# Passing a keyword the function does not take.
def greet(name, punct="!"):
    return name + punct


print(greet("hi", punct="?"))
greet("hi", colour="red")
