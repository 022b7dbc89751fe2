# Runtime check (recursion): output and error must be exactly CPython's.
x = []
for i in range(1000): x = [x]
print(len(str(x)))
