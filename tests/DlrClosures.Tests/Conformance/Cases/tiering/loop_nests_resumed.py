# Loops of every shape a call can leave the interpreter in (on-stack replacement): the compiled rest
# of the call must finish the iteration it was in, with break, continue and else acting on the
# right loop, and go on with the statements after each loop.
def nest(n):
    log = []
    for i in range(n):
        if i % 3 == 0:
            j = 0
            while j < 4:
                j += 1
                if j == 2:
                    continue
                if i > 6 and j == 3:
                    break
                log.append((i, j))
            else:
                log.append(("while-else", i))
            log.append(("after-while", i))
        elif i % 3 == 1:
            for k in range(2):
                log.append(("k", i, k))
            else:
                log.append(("for-else", i))
        else:
            continue
        log.append(("end", i))
        if i == 10:
            break
    else:
        log.append("outer-else")
    log.append("done")
    return log


for n in (5, 11, 20):
    print(n, nest(n))


def search(rows, wanted):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value == wanted:
                return r, c
    return None


grid = [[r * 10 + c for c in range(8)] for r in range(8)]
print(search(grid, 57), search(grid, 99), search(grid, 3))


def countdown(n):
    steps = 0
    while n:
        n -= 1
        steps += 1
        if steps > 1000:
            break
    else:
        return "clean", steps
    return "broke", steps


print(countdown(7), countdown(0), countdown(2000))
