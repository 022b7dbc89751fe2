# Permutations by recursive yield from.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            yield [items[i]] + perm

for p in permutations([1, 2, 3]):
    print(p)
print(sum(1 for _ in permutations(list(range(6)))))
