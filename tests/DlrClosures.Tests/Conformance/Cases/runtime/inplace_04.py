# Runtime check (inplace): output and error must be exactly CPython's.
class C: pass
c = C()
c *= "ab"
