# Assignment forms: tuple unpacking, nested targets, starred, chained.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = [3, 4], 5
print(c, d, e)
first, *rest = "hello"
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
x = y = [0]
x.append(1)
print(y)
for k, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(k, p + q)
