# Runtime check (inplace): output and error must be exactly CPython's.
t = (1,)
t += [2]
