# Runtime check (suggestions): output and error must be exactly CPython's.
range(3).stat
