# A for loop that made its generator closes it when left early: finally runs at once.
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finally")

for x in gen():
    if x == 2:
        break
print("after break")

def first_even(numbers):
    for n in (v for v in numbers if v % 2 == 0):
        return n

print(first_even([1, 3, 4, 6]))
