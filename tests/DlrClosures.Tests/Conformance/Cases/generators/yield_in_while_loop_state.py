# Locals survive suspension in nested loops.
def grid(w, h):
    y = 0
    while y < h:
        for x in range(w):
            if (x + y) % 2:
                continue
            yield (x, y)
        y += 1

print(list(grid(3, 3)))
