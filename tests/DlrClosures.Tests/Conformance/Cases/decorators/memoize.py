# A memoizing decorator: the cache lives in a cell; recursion goes through the
# decorated global name, so inner calls are cached too.
def memo(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memo
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(80))
print(len(fib.cache))
print(sorted(fib.cache)[:5])
