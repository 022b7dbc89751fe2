# An error raised inside a closure propagates through the outer function that called it.
def make_validator(limit):
    def validate(n):
        if n > limit:
            raise ValueError(f"{n} exceeds {limit}")
        return n

    return validate


def process(values, check):
    total = 0
    for v in values:
        total += check(v)
        print("running total", total)
    return total


check = make_validator(10)
print(process([1, 2, 3], check))
print(process([4, 11, 5], check))
