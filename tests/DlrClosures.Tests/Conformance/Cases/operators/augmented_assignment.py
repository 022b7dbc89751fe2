# Augmented assignment on ints, strings and lists (lists change in place).
n = 10
n += 5
n -= 1
n *= 3
n //= 4
n **= 2
n %= 7
print(n)
s = "ab"
s *= 2
s += "!"
print(s)
a = [1]
b = a
a += [2]
print(a, b, a is b)
a = a + [3]
print(a, b, a is b)
