# A round-robin scheduler of generator tasks.
def task(name, steps):
    for i in range(steps):
        yield f"{name} step {i}"
    return name

def run(tasks):
    queue = list(tasks)
    finished = []
    while queue:
        t = queue.pop(0)
        try:
            print(next(t))
            queue.append(t)
        except StopIteration as e:
            finished.append(e.value)
    return finished

print(run([task("a", 2), task("b", 3), task("c", 1)]))
