# Sequential int keys, as a table indexed by small ids: each round fills a dict with keys 0..n-1,
# reads every key back (`in`, `d[k]` and `.get`), updates every value in place, and probes misses
# just past the end. Keys are consecutive, so their hashes are too (an int hashes to itself).
def run(n, rounds=1):
    total = 0
    for r in range(rounds):
        d = {}
        for i in range(n):
            d[i] = i + r
        for i in range(n):
            if i in d:
                total += d[i]
        for i in range(n):
            d[i] = d[i] * 3 % 1_000_003
        for i in range(n, n + n // 2):
            total += d.get(i, 1)
        for i in range(0, n, 7):
            total += d.get(i, 0)
        total = (total + len(d)) % 1_000_000_007
    return total


if __name__ == "__main__":
    print(run(200_000, 14))
