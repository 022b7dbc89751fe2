# A wrapper that counts calls with nonlocal, and exposes the count.
def counted(func):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return func(*args, **kwargs)

    def count():
        return calls

    wrapper.count = count
    return wrapper


@counted
def square(v):
    return v * v


print(square(3), square(4), square(5))
print(square.count())
