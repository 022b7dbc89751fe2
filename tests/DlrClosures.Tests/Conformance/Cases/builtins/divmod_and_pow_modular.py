# divmod with ints and floats; three-argument pow, with a negative exponent (modular inverse).
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(pow(3, 200, 13), pow(3, -1, 7), pow(-2, 3, 5), pow(38, -1, 97) * 38 % 97)
