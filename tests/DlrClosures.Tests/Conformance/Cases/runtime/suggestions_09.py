# Runtime check (suggestions): output and error must be exactly CPython's.
class A:
    def method(self): pass
A.methd
