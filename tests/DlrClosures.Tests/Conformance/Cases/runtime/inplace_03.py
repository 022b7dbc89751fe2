# Runtime check (inplace): output and error must be exactly CPython's.
x = None
x += "a"
