# Integers, including arbitrary precision.
print(2 ** 100)
print(-2 ** 64)
print(10 ** 30 + 1)
print(2 ** 100 // 3, 2 ** 100 % 7)
print(12345678901234567890 * 98765432109876543210)
print(0, -0, 7 if False else 8)
print(0x1F, 0o17, 0b101, 1_000_000)
