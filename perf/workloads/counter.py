# A closure with a nonlocal counter, called n times: the cost of reading and writing a cell
# through a call. The benchmarks call `run(n)`; as a script it runs the whole-process size.
def make_counter():
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count

    return counter


def run(n):
    counter = make_counter()
    last = 0
    for _ in range(n):
        last = counter()
    return last


if __name__ == "__main__":
    print(run(20_000_000))
