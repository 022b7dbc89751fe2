# Short string keys, as in a word count: a fixed text of short words (made from syllables by a
# linear congruential generator, so there is no import) is counted round after round, both with
# `counts.get(w, 0) + 1` and with `if w in counts`, then the most frequent words are reported.
SYLLABLES = ["ka", "lo", "mi", "re", "tu", "sa", "ne", "po", "di", "va", "qui", "zo"]


def make_text(n, seed=12345):
    words = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + x % 3
        w = ""
        y = x >> 8
        for j in range(k):
            w += SYLLABLES[y % 12]
            y //= 12
        words.append(w)
    return " ".join(words)


def run(n, rounds=1):
    words = make_text(n).split()
    total = 0
    for r in range(rounds):
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        seen = {}
        for w in words:
            if w in seen:
                seen[w] += 1
            else:
                seen[w] = 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        total = (total + len(counts) + len(seen) + sum(c for _, c in top)) % 1_000_000_007
    return total, top


if __name__ == "__main__":
    print(run(200_000, 18))
