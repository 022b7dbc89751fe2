# The n-queens puzzle solved by a recursive generator with yield from.
def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))

print(next(queens(6)))
print(sum(1 for _ in queens(6)))
print(len(list(queens(8))))
