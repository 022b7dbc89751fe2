# The else of a while runs when the condition becomes false, not after break.
n = 0
while n < 3:
    n += 1
else:
    print("finished normally at", n)

n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print("never printed")
print("broke at", n)
