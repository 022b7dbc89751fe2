# Closure creation alone, for the in-process allocation benchmark (bytes per closure); not one of
# the whole-process workloads. n stays within the small-int cache so the loop itself allocates
# nothing per iteration, and every closure captures the same small int.
def make(k):
    return lambda: k


def same(k):
    return k


def factory(n):
    # One call of the factory per closure: a new cell for k and a new function object.
    f = None
    for _ in range(n):
        f = make(7)
    return f


def calls_only(n):
    # The same calls without the closure: what the call itself allocates.
    f = None
    for _ in range(n):
        f = same(7)
    return f


def lambdas(n):
    # A new function object per iteration over one existing cell: the function object alone.
    k = 7
    f = None
    for _ in range(n):
        f = lambda: k
    return f


if __name__ == "__main__":
    print(factory(1000)(), calls_only(1000), lambdas(1000)())
