# Closures created in nested loops, bound with defaults at each level.
table = []
for r in range(3):
    for c in range(3):
        if c == r:
            continue
        table.append(lambda r=r, c=c: f"{r}{c}")
print([f() for f in table])
