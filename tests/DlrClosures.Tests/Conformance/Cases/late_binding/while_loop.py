# A while loop is no different: one variable, read late.
def build():
    made = []
    n = 0
    while n < 4:
        made.append(lambda: n * n)
        n += 1
    return made


print([f() for f in build()])
