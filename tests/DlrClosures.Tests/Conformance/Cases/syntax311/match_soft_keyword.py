match = [1, 2]
case = match
print(match, case)
match.append(3)
print(case)
def match(x):
    return x
print(match(5))
