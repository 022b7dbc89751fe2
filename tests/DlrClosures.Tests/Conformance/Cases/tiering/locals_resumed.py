# Locals keep what the interpreted part of the call gave them: unbound names stay unbound, deleted
# ones are deleted, and an error raised after the switch is the same error.
def accumulate(n):
    kept = "before"
    for i in range(n):
        if i == 2:
            late = i * 100
        if i == 3:
            del kept
    try:
        print(kept)
    except UnboundLocalError as e:
        print("unbound:", e)
    return late, i


print(accumulate(5))


def maybe(n):
    for i in range(n):
        if i > 100:
            never = i
    return never


try:
    maybe(10)
except UnboundLocalError as e:
    print("error:", e)


def divide_all(values):
    out = []
    for v in values:
        out.append(120 // v)
    return out


print(divide_all([1, 2, 3, 4, 5]))
try:
    divide_all([4, 3, 2, 1, 0, 5])
except ZeroDivisionError as e:
    print("caught:", e)


def loop_in_try(n):
    s = 0
    try:
        for i in range(n):
            s += i
    finally:
        s += 1000
    return s


print(loop_in_try(50))


def reraise(items):
    total = 0
    for x in items:
        total += len(x)
    return total


reraise(["ab", "cd", 3])
