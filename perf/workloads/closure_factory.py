# A closure factory: each of `rounds` rounds makes n adders (a new cell and a new function object per
# call of the factory), keeps them all alive in a list, then calls each one once.
def make_adder(k):
    def add(x):
        return x + k

    return add


def run(n, rounds=1):
    total = 0
    for r in range(rounds):
        adders = [make_adder(i) for i in range(n)]
        for add in adders:
            total += add(r)
    return total


if __name__ == "__main__":
    print(run(100_000, 10))
