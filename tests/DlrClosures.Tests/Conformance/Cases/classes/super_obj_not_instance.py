# super(type, obj) checks that obj is an instance or subclass of type.
class A:
    pass

class B(A):
    pass

print(super(A, B()).__self__.__class__.__name__)
print(super(A, B).__thisclass__.__name__)
try:
    super(B, A())
except TypeError as e:
    print(e)
try:
    super(1, 2)
except TypeError as e:
    print(e)
super(B, 3)
