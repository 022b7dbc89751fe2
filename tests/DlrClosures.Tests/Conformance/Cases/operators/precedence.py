# Operator precedence.
print(2 + 3 * 4, (2 + 3) * 4)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(not 1 == 2, not (1 and 0))
print(1 + 2 == 3 and 4 > 3 or False)
print(10 - 4 - 3, 64 / 4 / 2, 2 * 3 % 4)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, ~5 + 1)
print(-3 * -3, - - 3, +-+3)
