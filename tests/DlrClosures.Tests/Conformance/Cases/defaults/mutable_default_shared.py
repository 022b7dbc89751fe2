# A mutable default is one object shared by every call.
def remember(item, seen=[]):
    seen.append(item)
    return seen


print(remember(1))
print(remember(2))
print(remember(3, []))
print(remember(4))
print(remember.__defaults__)
