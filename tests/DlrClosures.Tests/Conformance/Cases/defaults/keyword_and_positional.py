# Defaults combine with keyword arguments in calls.
def fmt(value, width=6, fill="."):
    return str(value).rjust(width, fill)


print(fmt(42))
print(fmt(42, 4))
print(fmt(42, fill="*"))
print(fmt(width=3, value=7))
print(fmt.__defaults__)
