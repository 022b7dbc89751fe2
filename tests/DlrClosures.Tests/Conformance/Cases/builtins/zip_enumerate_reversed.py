# Iteration helpers.
names = ["ann", "bo", "cy"]
ages = [31, 25, 40, 99]
print(list(zip(names, ages)))
for i, n in enumerate(names, 1):
    print(i, n)
print(list(reversed(names)))
print(list(enumerate("ab")))
print(dict(zip(names, ages)))
