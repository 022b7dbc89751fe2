# Runtime check (recursion): output and error must be exactly CPython's.
l = [1]
l.append(l)
d = {}
d[1] = d
print(l, d, [l, d], str(l))
