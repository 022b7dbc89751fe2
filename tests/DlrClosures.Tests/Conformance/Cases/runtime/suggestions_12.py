# Runtime check (suggestions): output and error must be exactly CPython's.
class A: pass
a = A()
a.xy = 1
a.xz
