# Each call makes a generator with a frame of its own.
def count(start):
    while True:
        yield start
        start += 1

a = count(0)
b = count(100)
print(next(a), next(b), next(a), next(b), next(a))
