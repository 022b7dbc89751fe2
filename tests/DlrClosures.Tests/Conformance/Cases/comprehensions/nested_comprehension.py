# Nested loops in one comprehension, and a comprehension inside another.
pairs = [(r, c) for r in range(3) for c in range(r)]
print(pairs)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([cell for row in grid for cell in row if cell % 2])
