# A private name in a method is mangled before it is looked up, also in arithmetic that both
# engines compute on unboxed ints: __x in class C reads the module's _C__x, not __x.
__x = 1
_C__x = 100
class C:
    def m(self, y):
        return __x + y * 2
print(C().m(1))
