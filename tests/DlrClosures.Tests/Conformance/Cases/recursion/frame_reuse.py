# Calls at the same depth one after another: each call has its own cells, its own unbound locals,
# and an exception leaves nothing behind for the next call.
def make(n):
    x = n
    def get():
        return x
    return get

fs = [make(i) for i in range(5)]
print([f() for f in fs])

def fail(n):
    a = [n]
    if n == 2:
        raise ValueError(n)
    return a

for i in range(4):
    try:
        print(fail(i))
    except ValueError as e:
        print("error", e)

def maybe(flag):
    if flag:
        y = 1
    return y

print(maybe(True))
try:
    print(maybe(False))
except UnboundLocalError as e:
    print(e)

def countdown(n, seen):
    seen.append(n)
    if n:
        countdown(n - 1, seen)
    return seen

print(countdown(3, []), countdown(2, []))

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

try:
    deep(5000)
except RecursionError as e:
    print("RecursionError", e)
print(deep(50), [maybe(True) for _ in range(3)])
