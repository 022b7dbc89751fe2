# A decorator's wrapper captures the decorated function.
def log_calls(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} with {args} {kwargs}")
        return func(*args, **kwargs)

    return wrapper


@log_calls
def add(a, b):
    return a + b


print(add(2, 3))
print(add(1, b=9))
print(add.__name__)
