# Consumers stream a generator expression: nothing is built from a range of 10**18 items.
total = 0
for square in (x * x for x in range(10**18)):
    total += square
    if total > 10**6:
        break
print(total)
print(max(i % 97 for i in range(200000)))
print(sorted((w for w in "the quick brown fox".split()), key=len))
print(next(i for i in range(10**18) if i * 7 % 1000 == 1))
