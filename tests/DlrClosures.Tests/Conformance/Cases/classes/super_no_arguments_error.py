# super() in a function that takes no arguments is a RuntimeError, whatever class it sits in.
class A:
    def f():
        return super()

try:
    A.f()
except RuntimeError as e:
    print("caught:", e)

def outside():
    return super()

outside()
