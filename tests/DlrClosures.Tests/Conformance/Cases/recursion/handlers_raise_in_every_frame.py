# Every frame of a deep recursion handles the RecursionError and raises again (bare raise,
# raise ... from, a new exception); the handlers and else clauses keep their order and the
# exception reaches the outermost caller.
seen = []

def bare(n):
    try:
        return bare(n + 1)
    except RecursionError:
        seen.append(n)
        raise

def chained(n):
    try:
        return chained(n + 1)
    except RecursionError as e:
        raise ValueError(n) from e
    except ValueError as e:
        raise ValueError(e.args[0] - 1)

def with_else(n):
    try:
        if n < 5:
            with_else(n + 1)
    except KeyError:
        seen.append("never")
    else:
        seen.append(n)
        if n == 2:
            raise KeyError(n)

try:
    bare(0)
except RecursionError as e:
    print("bare:", e, seen[-1] == 0, seen == sorted(seen, reverse=True))
try:
    chained(0)
except ValueError as e:
    print("chained:", e.args[0])
seen = []
with_else(0)
print("else:", seen)
