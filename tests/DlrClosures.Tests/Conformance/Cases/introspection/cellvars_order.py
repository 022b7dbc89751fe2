# co_cellvars lists captured parameters first, in co_varnames order, then the other captured
# locals sorted; co_freevars and __closure__ are sorted.
def f(b, a, *args, k, z=1, **kw):
    y = 1; c = 2
    def g(): return a, b, c, y, k, z, args, kw
    return g
print(f.__code__.co_cellvars, f.__code__.co_varnames, f(1, 2, k=3).__code__.co_freevars)
def h(p, q):
    zz = 1; aa = 2; q2 = 3
    def g(): return zz, aa, q, q2
    return g
print(h.__code__.co_cellvars, [c.cell_contents for c in h(7, 8).__closure__])
