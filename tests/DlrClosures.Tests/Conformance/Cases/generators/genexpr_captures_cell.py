# A generator expression inside a function closes over the function's locals as cells.
def scaled(values, factor):
    gen = (v * factor for v in values)
    factor = factor * 10
    return gen

print(list(scaled([1, 2], 3)))

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return list(bump() for _ in range(3)), count

print(counter())
