# Bases whose metaclasses are unrelated are CPython's metaclass conflict; a derived metaclass is
# chosen over its base even when the other is named.
class MA(type):
    pass

class MB(type):
    pass

class MC(MA):
    pass

class A(metaclass=MA):
    pass

class C(metaclass=MC):
    pass

class D(A, C):
    pass

print(type(D).__name__)
class E(metaclass=MA):
    pass
class F(C, metaclass=MA):
    pass
print(type(F).__name__)

class B(metaclass=MB):
    pass

class Mixed(A, B):
    pass
