# Tuples are keys by value: built anew for every lookup, nested, mixing ints and floats (equal
# elements make equal keys); a tuple holding a list cannot be hashed.
grid = {}
for x in range(5):
    for y in range(5):
        grid[(x, y)] = x * 10 + y
print(len(grid), grid[(3, 4)], grid.get((5, 5)), (2, 2) in grid)
print(grid[(1.0, 2)], (True, 0) in grid, grid[(True, False)])
grid[(1.0, 1.0)] = "replaced"
print(list(grid.items())[6])
nested = {((1, 2), (3, (4, 5))): "deep", (): "empty", ("a",): "one"}
print(nested[((1, 2), (3, (4, 5)))], nested[()], nested[("a",)], nested.get(("a", "b")))
for k in list(grid):
    if (k[0] + k[1]) % 2:
        del grid[k]
print(len(grid), list(grid)[:4])
try:
    grid[(1, [2])] = 0
except TypeError as e:
    print("TypeError:", e)
print({(1, 2): 3} == {(1.0, 2.0): 3})
