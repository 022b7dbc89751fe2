# Two equals signs. The error is found before anything runs, so even the
# first print never happens.
print("never printed")
x = = 1
print(x)
