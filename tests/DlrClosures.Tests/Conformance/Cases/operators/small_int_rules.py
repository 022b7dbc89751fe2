# Every operation with a small-int rule, on ints at the edges of a machine word, in the forms the
# engines inline: a op b, a op= b, comparisons as values and as conditions, and int chains.
M = 2 ** 63 - 1
values = [0, 1, -1, 7, -7, 255, 256, M, -M - 1]

def ops(a, b):
    out = [a + b, a - b, a * b, a & b, a | b, a ^ b, a == b, a != b, a < b, a <= b, a > b, a >= b]
    if b != 0:
        out += [a // b, a % b]
    c = a
    c += b
    c -= 1
    c *= 2
    c ^= b
    out.append(c)
    if a < b:
        out.append("lt")
    if a >= b:
        out.append("ge")
    out.append(a * 2 % 7 + b)
    out.append((a + b) * (a - b) // 3 if True else 0)
    return out

total = 0
for a in values:
    for b in values:
        row = ops(a, b)
        total += sum(hash(x) % 1000003 for x in row if not isinstance(x, str))
        print(a, b, row[:6], row[-2:])
print(total)
