# The default expression reads the global at definition time, the body at call time.
rate = 2


def price(n, r=rate):
    return n * r, n * rate


rate = 3
print(price(10))
print(price(10, 5))
