# A default is evaluated once, when the function is created.
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
print([f(9) for f in fns])
print(fns[1].__defaults__)
