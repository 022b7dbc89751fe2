# Floats print as the shortest repr that round-trips.
print(0.1 + 0.2)
print(1e16, 1e15, 123456789012345678.0)
print(1e-5, 0.0001, 1.5e-7)
print(-0.0, 0.0, -0.0 == 0.0)
print(1 / 3, 2 / 2, 7 / 2)
print(float("inf"), -float("inf"), float("nan"))
print(3.0, 3.10, 100.0 * 3)
