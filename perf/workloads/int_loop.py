# A plain integer loop with no closure and no call: what the loop and the arithmetic cost on
# their own, to tell loop cost from closure cost in the other workloads.
def run(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


if __name__ == "__main__":
    print(run(30_000_000))
