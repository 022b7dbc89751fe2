# A recursive helper defined inside a function calls itself through a cell.
def fib_upto(limit):
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)

    return [fib(i) for i in range(limit)], fib


values, fib = fib_upto(12)
print(values)
print(fib.__code__.co_freevars)
print(fib.__closure__[0].cell_contents is fib)
