# Loop targets a function never reads still behave as assignments wherever they can be observed.
def count(n):
    c = 0
    for _ in range(n):
        c += 1
    return c

def last_seen(n):
    for i in range(n):
        pass
    return i

def never_ran():
    for _ in range(0):
        pass
    try:
        return _
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

def deleted(n):
    for j in range(n):
        pass
    del j
    return "deleted"

def augmented(n):
    for k in range(n):
        pass
    k += 10
    return k

def captured(n):
    for m in range(n):
        pass
    return lambda: m

def over_list():
    seen = 0
    for _ in [1, "a", None]:
        seen += 1
    return seen

def unpacked():
    total = 0
    for a, _ in [(1, 2), (3, 4)]:
        total += a
    return total

print(count(5), count(0), last_seen(4), never_ran(), deleted(3), augmented(3), captured(3)(), over_list(), unpacked())
for _ in range(2):
    pass
print(_)

class C:
    for _ in range(3):
        pass
print(C._)
