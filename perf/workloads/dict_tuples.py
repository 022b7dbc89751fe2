# Tuple keys, as a sparse grid: cells (x, y) of a w-by-w grid hold values; each round writes every
# third cell, then sums each cell's four neighbours through .get (a tuple built, hashed and compared
# per probe, about half of them misses), then moves values along a diagonal.
def run(w, rounds=1):
    total = 0
    for r in range(rounds):
        grid = {}
        for x in range(w):
            for y in range(w):
                if (x * w + y + r) % 3 == 0:
                    grid[(x, y)] = x ^ y
        s = 0
        for x in range(w):
            for y in range(w):
                s += grid.get((x - 1, y), 0) + grid.get((x + 1, y), 0) + grid.get((x, y - 1), 0) + grid.get((x, y + 1), 0)
        for (x, y), v in list(grid.items()):
            if (x + 1, y + 1) in grid:
                grid[(x + 1, y + 1)] += v
        for v in grid.values():
            s += v
        total = (total + s + len(grid)) % 1_000_000_007
    return total


if __name__ == "__main__":
    print(run(300, 14))
