# iter(callable, sentinel) calls a closure until it returns the sentinel.
def countdown(n):
    def step():
        nonlocal n
        n -= 1
        return n
    return step
print(list(iter(countdown(5), 0)))
