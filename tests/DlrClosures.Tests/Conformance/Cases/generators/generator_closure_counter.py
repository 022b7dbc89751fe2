# A generator function that is a closure reads and rebinds its cell.
def make_counter(step):
    count = 0
    def counter():
        nonlocal count
        while True:
            count += step
            yield count
    def peek():
        return count
    return counter, peek

counter, peek = make_counter(5)
g = counter()
print(next(g), next(g), peek())
h = counter()
print(next(h), peek())
