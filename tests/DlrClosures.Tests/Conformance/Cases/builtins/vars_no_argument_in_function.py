# vars() without an argument is locals().
def f(n):
    doubled = n * 2
    return vars()
print(f(21))
