# Runtime check (recursion): output and error must be exactly CPython's.
x = []
for i in range(6): x = [x, {1: (x,)}]
print(len(repr(x)), x == x, repr(x)[:30])
