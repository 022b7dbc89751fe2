# A memoize decorator keeping a dict in its closure, over a dynamic-programming recursion (the
# number of ordered ways to make a sum from the parts 1, 2, 5, 10). Each round decorates a fresh
# function, so each round starts with an empty cache; `ways` also reaches itself through a cell.
def memoize(f):
    cache = {}

    def wrapper(k):
        if k in cache:
            return cache[k]
        result = f(k)
        cache[k] = result
        return result

    return wrapper


def run(rounds, top=300):
    total = 0
    for r in range(rounds):
        @memoize
        def ways(k):
            if k < 0:
                return 0
            if k == 0:
                return 1
            return (ways(k - 1) + ways(k - 2) + ways(k - 5) + ways(k - 10)) % 1_000_000_007

        total = (total + ways(top - r % 50)) % 1_000_000_007
    return total


if __name__ == "__main__":
    print(run(10_000))
