# CPython 3.11's limit on int/str conversions in bases that are not powers of two (4300 digits,
# checked before converting, underscores not counted, also for format and %d); power-of-two bases
# are not limited; values just under the limit convert exactly both ways.
try:
    int("1" * 1000000)
except ValueError as e:
    print(e)
try:
    str(10**5000)
except ValueError as e:
    print(e)
try:
    int('1_'*4300+'1')
except ValueError as e:
    print(e)
try:
    int("  -" + "1"*5000 + "x")
except ValueError as e:
    print(e)
try:
    f'{10**5000:d}'
except ValueError as e:
    print('fmt', e)
try:
    '%d' % 10**5000
except ValueError as e:
    print('pct', e)
print(len(hex(10**5000)), len(bin(3**5000)), len(oct(7**3000)))
x = 7**5085
print(len(str(x)), str(x)[:30], str(x)[-30:], x % 999983)
print(int(str(x)) == x, int(str(-x)) == -x)
print(int('z'*2000, 36) % 1000003, int('12'*2000, 3) % 1000003)
y = 10**4299
print(str(y) == '1' + '0'*4299, str(y - 1) == '9'*4299)
print(hex(-(2**1000 + 12345))[-12:], format(2**200 + 5, 'x')[-5:], format(2**200, 'o')[:5], f'{2**100:b}'[:8])
print(f'{123456789012345678901234567890:,}', f'{-10**30:_}')
print(int('f' * 100000, 16) == 16**100000 - 1)
