# Runtime check (suggestions): output and error must be exactly CPython's.
class A:
    cls_attr = 1
class B(A): pass
B().cls_atr
