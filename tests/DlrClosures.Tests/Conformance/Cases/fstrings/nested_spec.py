# A replacement field inside a format spec.
def table(rows, width):
    for label, value in rows:
        print(f"{label:<{width}}|{value:>{width}.{2}f}")


table([("a", 1), ("bb", 22.5), ("ccc", 333.125)], 7)
prec = 3
print(f"{2 / 3:.{prec}f}")
