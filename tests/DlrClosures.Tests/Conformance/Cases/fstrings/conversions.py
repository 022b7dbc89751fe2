# !r, !s and the default conversion in f-strings.
name = "Ada"
items = ["x", 1]
print(f"{name}|{name!s}|{name!r}")
print(f"{items}|{items!r}|{items!s}")
print(f"{3.0}|{None}|{True!r}|{'q'!r}")
print(f"{{literal braces}} {name}")
