# Generator expressions nested in each other, each lazy, each with its own loop variable.
rows = ((r, (r * c for c in range(3))) for r in range(1, 4))
for r, cells in rows:
    print(r, list(cells))
matrix = [[1, 2], [3, 4]]
flat = (v for row in matrix for v in row if v != 2)
matrix.append([5])
print(list(flat))
print(sum(sum(c for c in range(r)) for r in range(5)))
