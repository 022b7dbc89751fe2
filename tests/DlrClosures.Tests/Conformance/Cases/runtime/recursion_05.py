# Runtime check (recursion): output and error must be exactly CPython's.
x = []
for i in range(1000): x = [x]
y = []
for i in range(1000): y = [y]
print(x == y)
