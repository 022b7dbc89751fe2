# map with several iterables stops at the shortest; all/any short-circuit over it.
weights = [1, 2, 3]
print(list(map(lambda a, b: a * b, weights, [10, 20])), list(map(pow, [2, 3], [3, 2])))
print(all([]), any([]), all(map(bool, [1, 0])), any(x > 2 for x in weights))
