# Backtracking solvers written with generators: n-queens by recursive yield from, a sudoku solver
# whose candidates come from closures over the grid, and a generic search class that a subclass
# specialises through super().


def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))


def first(iterable, default=None):
    for item in iterable:
        return item
    return default


class Search:
    def __init__(self):
        self.nodes = 0

    def choices(self, state):
        raise NotImplementedError

    def complete(self, state):
        raise NotImplementedError

    def solve(self, state):
        self.nodes += 1
        if self.complete(state):
            yield state
            return
        for nxt in self.choices(state):
            yield from self.solve(nxt)


class Sudoku(Search):
    def __init__(self, rows):
        super().__init__()
        self.size = len(rows)
        self.box = int(self.size ** 0.5)
        self.grid = [list(r) for r in rows]

    def complete(self, state):
        return state is None

    def choices(self, state):
        grid, size, box = self.grid, self.size, self.box

        def candidates(r, c):
            used = set(grid[r]) | {grid[i][c] for i in range(size)}
            br, bc = r - r % box, c - c % box
            used |= {grid[i][j] for i in range(br, br + box) for j in range(bc, bc + box)}
            return [v for v in range(1, size + 1) if v not in used]

        empties = ((r, c) for r in range(size) for c in range(size) if grid[r][c] == 0)
        cell = min(empties, key=lambda rc: len(candidates(*rc)), default=None)
        if cell is None:
            yield None
            return
        r, c = cell
        for v in candidates(r, c):
            grid[r][c] = v
            try:
                yield cell
            finally:
                grid[r][c] = 0

    def solve(self, state=()):
        for _ in super().solve(state):
            yield [row[:] for row in self.grid]


print(sum(1 for _ in queens(6)), first(queens(8)))
print([len(list(queens(n))) for n in range(1, 8)])

puzzle = Sudoku([
    [1, 0, 0, 0],
    [0, 0, 3, 0],
    [0, 4, 0, 0],
    [0, 0, 0, 2],
])
solutions = list(puzzle.solve())
print(len(solutions), puzzle.nodes)
for row in solutions[0]:
    print(" ".join(map(str, row)))
print(puzzle.grid == [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]])

gen = queens(10)
print(next(gen), next(gen))
gen.close()
print(next(gen, "closed"))
