# round: halves to even, exact decimal behaviour of floats, negative digits on ints.
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.675, 2), round(0.125, 2), round(1234, -2), round(1250, -2), round(5.0, 1))
