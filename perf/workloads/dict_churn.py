# Insertion and deletion churn: a sliding window of live keys over a stream (an LRU-like cache).
# Each step inserts a key and deletes the oldest once the window is full, so deleted entries pile up
# until the table is rebuilt; pop and popitem run too, and the survivors are read in insertion order.
def run(n, window=1000, rounds=1):
    total = 0
    for r in range(rounds):
        d = {}
        for i in range(n):
            d[i * 31 + r] = i
            if i >= window:
                del d[(i - window) * 31 + r]
            if i % 97 == 0:
                total += d.pop(i * 31 + r, 0)
                d[i * 31 + r] = i
            if i % 1009 == 0:
                k, v = d.popitem()
                total += v
                d[k] = v
        for k in d:
            total = (total * 31 + d[k]) % 1_000_000_007
    return total


if __name__ == "__main__":
    print(run(400_000, 1000, 9))
