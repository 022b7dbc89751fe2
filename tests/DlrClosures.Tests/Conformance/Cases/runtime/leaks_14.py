# ranges whose bounds do not fit 64 bits
print(list(range(2**65, 2**65 + 2)))
print(range(2**65)[5], range(2**65)[-1], range(10**20)[10**19])
print(range(2**64, 2**65, 3))
print(2**65 in range(2**66), 2**65 + 1 in range(0, 2**66, 2))
print(max(range(2**65, 2**65 + 3)), list(range(0, 2**65, 2**64)))
print(list(reversed(range(2**65, 2**65 + 3))))
print(range(2**65)[2**64:][::-2], range(10)[2**65:], range(10)[-2**65:3])
print(range(2**65) == range(0, 2**65), range(2**65).stop, bool(range(2**65, 0)))
