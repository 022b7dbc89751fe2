# An infinite generator is fine as long as the consumer stops.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

total = 0
for n in naturals():
    if n > 100:
        break
    total += n
print(total)
print(next(x for x in naturals() if x * x > 2000))
