# sum over a generator expression streams: no list of a hundred million items is built.
print(sum(x * x for x in range(10**6)) % 1000007)
print(max(i % 97 for i in range(200000)))
print(sorted((w for w in "the quick brown fox".split()), key=len))
