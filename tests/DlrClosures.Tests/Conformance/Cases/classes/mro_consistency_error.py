# C3 linearisation: a consistent order is computed, an inconsistent one is CPython's TypeError
# (its two-line message names the heads left to merge).
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])

class X(A, B): pass
class Y(B, A): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print(e)
try:
    class Worse(A, X): pass
except TypeError as e:
    print(e)
class Dup(A, A): pass
