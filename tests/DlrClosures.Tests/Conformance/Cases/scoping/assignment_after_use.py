# An assignment anywhere in the function makes the name local everywhere in it.
x = "global"


def f():
    print("about to read x")
    print(x)
    x = "local"


print("start")
f()
