# a < b < c means a < b and b < c, with b evaluated once.
def noisy(v):
    print("eval", v)
    return v


print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(1 == 1.0 == True, 1 != 2 != 1)
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(5) < noisy(2) < noisy(3))
print("a" < "b" <= "b", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
