# A parameter of the enclosing function is a valid nonlocal target.
def countdown(n):
    def tick():
        nonlocal n
        n -= 1
        return n

    return tick


t = countdown(3)
print(t(), t(), t(), t())
