# The usual cure for shared mutable defaults.
def remember(item, seen=None):
    if seen is None:
        seen = []
    seen.append(item)
    return seen


print(remember(1))
print(remember(2))
print(remember.__defaults__)
