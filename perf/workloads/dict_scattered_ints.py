# Scattered int keys, as ids or addresses are: multiplicative hashing spreads i over 0..2**40, so
# consecutive keys land in unrelated slots and some keys exceed 2**31. Each round inserts n keys,
# counts hits among n probes of which about half miss, and accumulates with setdefault.
def run(n, rounds=1):
    total = 0
    mult = 2654435761
    mask = (1 << 40) - 1
    for r in range(rounds):
        d = {}
        for i in range(n):
            d[(i * mult + r) & mask] = i
        hits = 0
        for i in range(0, 2 * n, 2):
            k = (i * mult + r) & mask
            if k in d:
                hits += d[k]
        for i in range(n // 2):
            k = (i * 7919 * mult) & mask
            d[k] = d.setdefault(k, 0) + 1
        total = (total + hits + len(d)) % 1_000_000_007
    return total


if __name__ == "__main__":
    print(run(150_000, 12))
