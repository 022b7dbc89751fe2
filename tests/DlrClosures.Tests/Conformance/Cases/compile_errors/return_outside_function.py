# return at module level (inside a loop does not help).
print("never printed")
for i in range(3):
    if i == 1:
        return i
