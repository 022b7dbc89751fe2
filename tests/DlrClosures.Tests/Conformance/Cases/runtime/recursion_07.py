# Runtime check (recursion): output and error must be exactly CPython's.
class A:
    def __repr__(self): return repr(self)
repr(A())
