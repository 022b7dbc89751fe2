# Loops a call cannot leave the interpreter through (in comprehensions, try blocks and else
# clauses; with blocks too, once the language has with) are compiled on their own from a back edge: the interpreter goes on after them with
# the locals they wrote, a return's value, and the handlers and finally clauses around them.
def squares(n):
    evens = [i * i for i in range(n) if i % 2 == 0]
    table = {i: str(i) for i in range(n) if i % 7 == 0}
    unique = {i % 5 for i in range(n)}
    total = sum(i for i in range(n) if i % 3 == 0)
    return len(evens), evens[-1], sorted(table)[-2:], sorted(unique), total


print(squares(10), squares(200))


def closures_in_comprehension(n):
    getters = [lambda: i for i in range(n)]
    adders = [(lambda x, k=k: x + k) for k in range(n)]
    return getters[0](), getters[-1](), adders[3](100), len(adders)


print(closures_in_comprehension(50))


def guarded(values):
    seen = 0
    try:
        for v in values:
            seen += 1
            if v < 0:
                raise ValueError(f"negative at {seen}")
    except ValueError as e:
        return "error", str(e), seen
    finally:
        seen = -seen
    return "ok", seen


print(guarded(list(range(40))), guarded(list(range(30)) + [-1, 5]))


def first_match(rows, wanted):
    try:
        for r, row in enumerate(rows):
            try:
                for c, value in enumerate(row):
                    if value == wanted:
                        return r, c
            finally:
                if r == 3:
                    rows.append([wanted])
    finally:
        rows.append(None)
    return None


grid = [[r * 10 + c for c in range(10)] for r in range(10)]
print(first_match(grid, 57), len(grid))
print(first_match([[1, 2], [3, 4], [5, 6], [7, 8]], 99))


def after_else(n):
    for i in range(3):
        pass
    else:
        k = 0
        while k < n:
            k += 2
        found = [j for j in range(k) if j % 11 == 10]
    return k, found


print(after_else(51))


def raise_inside(n):
    try:
        return [10 // (i - n // 2) for i in range(n)]
    except ZeroDivisionError as e:
        return ("caught", str(e))


print(raise_inside(6), raise_inside(80))
