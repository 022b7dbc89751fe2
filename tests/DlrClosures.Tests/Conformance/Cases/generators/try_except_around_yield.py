# try/except around a yield catches exceptions raised after resuming.
def gen(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div by zero"

print(list(gen([1, 0, 5])))
