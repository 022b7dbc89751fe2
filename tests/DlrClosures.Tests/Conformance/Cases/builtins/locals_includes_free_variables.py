# locals() in a closure lists its free variables too (co_freevars), with the values of their cells.
def make(step):
    total = 0
    def add(n):
        nonlocal total
        total += n * step
        return locals()
    return add
adder = make(3)
adder(1)
print(adder(2))
