# A chain of compose(f, g) lambdas applied many times: every application of the chain runs
# `depth` nested lambdas, each loading f and g from its closure cells.
def compose(f, g):
    return lambda x: f(g(x))


def run(n, depth=8):
    steps = [lambda x: x + 1, lambda x: x * 3, lambda x: x - 7, lambda x: x % 1_000_003]
    chain = lambda x: x
    for i in range(depth):
        chain = compose(steps[i % len(steps)], chain)
    total = 0
    for i in range(n):
        total = (total + chain(i)) % 1_000_000_007
    return total


if __name__ == "__main__":
    print(run(1_500_000))
