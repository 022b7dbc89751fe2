# A counter keeps its state in a cell that outlives the call that made it.
def make_counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n

    return step


tick = make_counter()
print(tick())
print(tick())
print(tick())
