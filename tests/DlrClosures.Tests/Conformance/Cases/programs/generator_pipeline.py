# A log-report pipeline of lazy generator stages: parsing, filtering, windowing and grouping with
# yield from, a context manager that counts records, and closures that configure each stage.

LOG = """\
2026-01-03 10:00:01 INFO  web   GET /index 200 12ms
2026-01-03 10:00:02 INFO  web   GET /about 200 8ms
2026-01-03 10:00:02 WARN  db    slow query 350ms
2026-01-03 10:00:05 ERROR web   GET /cart 500 40ms
bad line
2026-01-03 10:00:07 INFO  web   POST /cart 201 22ms
2026-01-03 10:00:09 INFO  auth  login ok 5ms
2026-01-03 10:00:11 ERROR db    deadlock 900ms
2026-01-03 10:00:12 INFO  web   GET /index 200 10ms
2026-01-03 10:00:15 WARN  auth  login retry 30ms
"""


class Record:
    __slots__ = ("time", "level", "source", "text", "ms")

    def __init__(self, time, level, source, text, ms):
        self.time, self.level, self.source, self.text, self.ms = time, level, source, text, ms

    def __repr__(self):
        return f"Record({self.time!r}, {self.level}, {self.source}, {self.ms}ms)"


class Counted:
    """Counts what flows through it while the with block is open."""

    def __init__(self, name):
        self.name, self.seen, self.open = name, 0, False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, kind, value, tb):
        self.open = False
        print(f"[{self.name}] {self.seen} records" + (f", stopped by {kind.__name__}" if kind else ""))
        return False

    def wrap(self, records):
        for r in records:
            if self.open:
                self.seen += 1
            yield r


def lines(text):
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            return
        yield text[start:end]
        start = end + 1


def parse(raw, errors):
    for number, line in enumerate(raw, 1):
        parts = line.split()
        if len(parts) < 5:
            errors.append(number)
            continue
        ms = int(parts[-1].rstrip("ms"))
        yield Record(parts[1], parts[2], parts[3], " ".join(parts[4:-1]), ms)


def where(predicate):
    def stage(records):
        return (r for r in records if predicate(r))
    return stage


def windows(records, size):
    window = []
    for r in records:
        window.append(r)
        if len(window) == size:
            yield tuple(window)
            window = []
    if window:
        yield tuple(window)


def flatten(groups):
    for group in groups:
        yield from group


def compose(*stages):
    def run(source):
        for stage in stages:
            source = stage(source)
        return source
    return run


errors = []
slow = lambda limit: where(lambda r: r.ms >= limit)
with Counted("parsed") as counter:
    pipeline = compose(lambda s: parse(s, errors), counter.wrap, slow(20))
    kept = list(pipeline(lines(LOG)))
print(kept)
print("bad lines:", errors)

by_source = {}
for r in flatten(windows(parse(lines(LOG), []), 3)):
    by_source.setdefault(r.source, []).append(r.ms)
for source, values in sorted(by_source.items()):
    print(f"{source:5} n={len(values)} total={sum(values)} max={max(values)}")

first_error = next((r for r in parse(lines(LOG), []) if r.level == "ERROR"), None)
print("first error:", first_error)
print(any(r.ms > 800 for r in parse(lines(LOG), [])), all(r.ms < 1000 for r in parse(lines(LOG), [])))

try:
    with Counted("interrupted") as c:
        for r in c.wrap(parse(lines(LOG), [])):
            if r.level == "ERROR":
                raise LookupError(r.text)
except LookupError as e:
    print("caught", e)
