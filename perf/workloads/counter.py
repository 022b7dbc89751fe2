# A closure with a nonlocal counter, called n times: the cost of reading and writing a cell
# through a call. `run` is what the benchmark calls; as a script it runs one million calls.
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
    i = 0
    while i < n:
        last = counter()
        i += 1
    return last


if __name__ == "__main__":
    print(run(1_000_000))
