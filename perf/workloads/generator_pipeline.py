# A lazy pipeline of generators, as a user writes one: a source, a filter, a map and a pairwise
# step, each a generator function reading the one before, summed by a for loop; then a generator
# expression with a condition, summed by sum(). Every value passes through four suspended frames.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def not_multiple(source, k):
    for x in source:
        if x % k:
            yield x


def scaled(source, factor):
    for x in source:
        yield x * factor + 1


def pairwise_sums(source):
    previous = 0
    for x in source:
        yield previous + x
        previous = x


def run(n):
    total = 0
    for v in pairwise_sums(scaled(not_multiple(numbers(n), 3), 7)):
        total = (total + v) % 1_000_000_007
    total = (total + sum(x * x for x in range(n) if x & 1)) % 1_000_000_007
    return total


if __name__ == "__main__":
    print(run(1_000_000))
