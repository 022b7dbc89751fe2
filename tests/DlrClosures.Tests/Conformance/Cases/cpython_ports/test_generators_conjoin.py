# Port of the ideas of the "conjoin" doctests of CPython 3.11's Lib/test/test_generators.py
# (conjoin over a list of generator functions, all combinations, n-queens, a knight's tour),
# written anew as a script that prints.

def simple_conjoin(gs):
    values = [None] * len(gs)
    def gen(i):
        if i >= len(gs):
            yield values
        else:
            for values[i] in gs[i]():
                for x in gen(i + 1):
                    yield x
    for x in gen(0):
        yield x

def bits():
    yield 0
    yield 1

for c in simple_conjoin([bits] * 3):
    print(c)
print(sum(1 for _ in simple_conjoin([bits] * 10)))

# Conjoin that also works with generators that share state: each level gets its own.
def flat_conjoin(gs):
    n = len(gs)
    values = [None] * n
    iters = [None] * n
    i = 0
    while True:
        try:
            while i < n:
                it = iters[i] = gs[i]().__next__
                values[i] = it()
                i += 1
        except StopIteration:
            pass
        else:
            yield values
        i -= 1
        while i >= 0:
            try:
                values[i] = iters[i]()
                i += 1
                break
            except StopIteration:
                i -= 1
        else:
            return

print([list(v) for v in flat_conjoin([bits] * 2)])

class Queens:
    def __init__(self, n):
        self.n = n
        rangen = range(n)
        self.rowgenerators = []
        for i in rangen:
            rowuses = [(1 << j) | (1 << (n + i - j + n - 1)) | (1 << (n + 2 * n - 1 + i + j)) for j in rangen]
            def rowgen(rowuses=rowuses):
                for j in rangen:
                    uses = rowuses[j]
                    if uses & self.used == 0:
                        self.used |= uses
                        yield j
                        self.used &= ~uses
            self.rowgenerators.append(rowgen)

    def solve(self):
        self.used = 0
        for row2col in simple_conjoin(self.rowgenerators):
            yield row2col

    def printsolution(self, row2col):
        n = self.n
        assert n == len(row2col)
        sep = "+" + "-+" * n
        print(sep)
        for i in range(n):
            squares = [" " for j in range(n)]
            squares[row2col[i]] = "Q"
            print("|" + "|".join(squares) + "|")
            print(sep)

q = Queens(8)
count = 0
for row2col in q.solve():
    count += 1
    if count <= 2:
        q.printsolution(row2col)
print(count, "solutions in all.")

# A knight's tour on a small board by backtracking generators (Warnsdorff order).
def knights_tour(n, start=(0, 0)):
    moves = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
    board = [[0] * n for _ in range(n)]
    def free(r, c):
        return 0 <= r < n and 0 <= c < n and board[r][c] == 0
    def degree(r, c):
        return sum(1 for dr, dc in moves if free(r + dr, c + dc))
    def walk(r, c, step):
        board[r][c] = step
        if step == n * n:
            yield [row[:] for row in board]
        else:
            nexts = sorted(((degree(r + dr, c + dc), r + dr, c + dc) for dr, dc in moves if free(r + dr, c + dc)))
            for _, nr, nc in nexts:
                yield from walk(nr, nc, step + 1)
        board[r][c] = 0
    return walk(start[0], start[1], 1)

tour = next(knights_tour(5))
for row in tour:
    print(" ".join("%2d" % v for v in row))
