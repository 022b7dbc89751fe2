# Ints beyond 64 bits are keys like any other: equal to the float of the same value, distinct from
# the small ints their hashes collide with (ints hash modulo 2**61 - 1), negative ones included.
m = 2**61 - 1
d = {2**64: "2**64", -(2**64): "-2**64", 2**100: "2**100", m + 5: "m+5", 5: "five", 10**30: "1e30"}
print(d[2**64], d[2.0**64], d[-(2**64)], d[5], d[m + 5], len(d))
print(hash(m + 5) == hash(5), (m + 5) in d, (2 * m + 5) in d, 10**30 in d, float(10**30) in d)
d[2.0**100] = "float key"
print(d[2**100], list(d)[2], type(list(d)[2]).__name__)
squares = {}
for i in range(2**70, 2**70 + 50):
    squares[i * i] = i
print(len(squares), squares[(2**70 + 7) ** 2] - 2**70)
for i in range(2**70, 2**70 + 50, 5):
    del squares[i * i]
print(len(squares), min(squares.values()) - 2**70, max(squares.values()) - 2**70)
print({2**64: 1} == {2.0**64: 1}, {-1: 1} == {-2: 1})
