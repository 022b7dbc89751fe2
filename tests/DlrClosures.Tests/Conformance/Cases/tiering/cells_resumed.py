# A call that moves to compiled code in the middle of a loop keeps its cells: closures made before
# the switch and after it share the same variables, and nonlocal writes made on either side are seen.
def make(n):
    total = 0
    readers = []

    def add(x):
        nonlocal total
        total += x

    for i in range(n):
        add(i)
        readers.append(lambda i=i: (i, total))
        if i == n // 2:
            snapshot = total
    last = readers[-1]()
    first = readers[0]()
    return total, snapshot, first, last, [r()[0] for r in readers[:3]]


print(make(6))
print(make(30))


def counter_in_loop(n):
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    seen = []
    while count < n:
        seen.append(bump())
    return seen[-3:], count


print(counter_in_loop(10))


def late_binding(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i * 10)
    return [f() for f in fs[:3]]


print(late_binding(4))
