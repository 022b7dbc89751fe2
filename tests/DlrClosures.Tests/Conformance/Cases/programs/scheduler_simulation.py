# skip: needs user classes derived from built-in types (Exception, list, dict, str): branch i9-subclass, not merged yet
# A round-robin scheduler of generator tasks: classes with super(), properties, a hand-written
# heap for timers, send() to deliver results, a user exception hierarchy, closures over the loop.


class SchedulerError(Exception):
    pass


class TaskFailed(SchedulerError):
    def __init__(self, name, cause):
        super().__init__(f"task {name} failed: {cause}")
        self.name = name


class Timer:
    def __init__(self, when, seq, task):
        self.when, self.seq, self.task = when, seq, task

    def __lt__(self, other):
        return (self.when, self.seq) < (other.when, other.seq)


class Heap:
    def __init__(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def push(self, item):
        items = self._items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self._items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i = 0
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < len(items) and items[left] < items[smallest]:
                smallest = left
            if right < len(items) and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


class Task:
    _count = 0

    def __init__(self, name, gen):
        Task._count += 1
        self.id = Task._count
        self.name = name
        self._gen = gen
        self.result = None
        self.done = False

    @property
    def label(self):
        return f"{self.name}#{self.id}"

    def step(self, value):
        return self._gen.send(value)


class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = Heap()
        self.log = []
        self._seq = 0

    def spawn(self, name, gen):
        task = Task(name, gen)
        self.ready.append((task, None))
        return task

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                timer = self.timers.pop()
                self.now = timer.when
                self.ready.append((timer.task, self.now))
                continue
            task, value = self.ready.pop(0)
            try:
                request = task.step(value)
            except StopIteration as stop:
                task.done, task.result = True, stop.value
                self.log.append(f"t={self.now} {task.label} finished -> {stop.value!r}")
                continue
            except ValueError as error:
                raise TaskFailed(task.label, error) from error
            kind, arg = request
            if kind == "sleep":
                self._seq += 1
                self.timers.push(Timer(self.now + arg, self._seq, task))
            elif kind == "yield":
                self.ready.append((task, arg))


def worker(name, delays, sink):
    total = 0
    for d in delays:
        woke = yield ("sleep", d)
        sink.append(f"{name} woke at {woke}")
        total += woke
    return total


def counter(limit):
    n = 0
    while n < limit:
        n = yield ("yield", n + 1)
    return f"counted to {n}"


events = []
sched = Scheduler()
tasks = [sched.spawn(f"w{i}", worker(f"w{i}", [i + 1, 3 - i, 2], events)) for i in range(3)]
tasks.append(sched.spawn("c", counter(4)))
sched.run()
print("\n".join(events))
print("\n".join(sched.log))
print([t.result for t in tasks], sched.now)


def broken():
    yield ("sleep", 1)
    int("not a number")


s2 = Scheduler()
s2.spawn("bad", broken())
try:
    s2.run()
except SchedulerError as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__, "|", e.name)
