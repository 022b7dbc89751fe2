# // rounds toward negative infinity; % takes the sign of the divisor.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, -7.5 % 2)
print(-1 // 10, -1 % 10)
print(2 ** 70 // -3, 2 ** 70 % -3)
