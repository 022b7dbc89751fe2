# |= on a frozenset binds a new frozenset; the original is unchanged.
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)
