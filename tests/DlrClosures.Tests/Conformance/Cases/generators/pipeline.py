# A generator pipeline: read, filter, transform, take, each lazy.
def numbers():
    n = 0
    while True:
        n += 1
        yield n

def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n

def squares(source):
    for n in source:
        yield n * n

def take(k, source):
    for i, v in enumerate(source):
        if i == k:
            return
        yield v

print(list(take(5, squares(evens(numbers())))))
print(sum(take(100, squares(evens(numbers())))))
