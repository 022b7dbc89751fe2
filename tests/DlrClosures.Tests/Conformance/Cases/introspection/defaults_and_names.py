# __defaults__, __name__ and __code__.co_name for defs and lambdas.
def greet(name, punct="!", times=1):
    return (name + punct) * times


sq = lambda v=3: v * v
print(greet.__defaults__)
print(sq.__defaults__, sq())
print(greet.__name__, greet.__code__.co_name)
print(sq.__name__, sq.__code__.co_name)
print((lambda: 0).__defaults__)
print(greet.__code__.co_argcount)
