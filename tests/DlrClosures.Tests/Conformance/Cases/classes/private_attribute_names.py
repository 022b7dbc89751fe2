# Inside a class, obj.__name is mangled like a bare name (_C__name): reads, stores, augmented
# stores and deletes of attributes, and the mangled name is what the class and instances hold.
class C:
    __k = 10

    def __init__(self):
        self.__z = 1

    def m(self, y):
        self.__z += y
        return self.__k + self.__z

    def drop(self):
        del self.__z
        return hasattr(self, "_C__z"), hasattr(self, "__z")

c = C()
print(c.m(5), c._C__z, C._C__k)
print(c.drop())
print(hasattr(C, "__k"))
c.__k = 3
print(c.__k, C._C__k)
