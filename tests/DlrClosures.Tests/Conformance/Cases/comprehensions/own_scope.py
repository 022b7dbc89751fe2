# A comprehension's loop variable does not leak into the surrounding scope.
n = "outer n"
squares = [n * n for n in range(5)]
print(squares)
print(n)


def f():
    m = "f's m"
    evens = [m for m in range(10) if m % 2 == 0]
    return m, evens


print(f())
