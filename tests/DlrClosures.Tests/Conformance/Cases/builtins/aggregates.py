# min, max, sum, any, all, len.
vals = [4, 9, 1, 7]
print(min(vals), max(vals), sum(vals), len(vals))
print(min(vals, key=lambda v: (v - 6) ** 2))
print(max("banana", "apple", "cherry"))
print(sum([0.5, 0.25]), sum([], 10))
print(any([v > 8 for v in vals]), all([v > 0 for v in vals]))
print(any([]), all([]))
