# One nonlocal statement may list several names; tuple assignment updates both.
def fib_stepper():
    a, b = 0, 1

    def step():
        nonlocal a, b
        a, b = b, a + b
        return a

    return step


step = fib_stepper()
print([step() for _ in range(10)])
