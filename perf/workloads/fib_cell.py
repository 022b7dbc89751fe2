# Naive recursive Fibonacci defined inside an outer function, so every recursive call loads
# `fib` from a cell of the enclosing scope (a free variable), not from the module's globals.
def make_fib():
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)

    return fib


def run(n):
    return make_fib()(n)


if __name__ == "__main__":
    print(run(35))
