# ** groups to the right and binds tighter than unary minus on its left.
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, -(2 ** 2), (-2) ** 3)
print(2 ** -2, (-8) ** 2, 10 ** 0, 0 ** 0)
print(2.0 ** 10, 4 ** 0.5)
