# Every lambda reads the comprehension's single i, which ends at 2.
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
print(fns[0].__closure__[0] is fns[2].__closure__[0])
