# A base that is not a class but has __mro_entries__ is replaced by what it returns; the
# original bases are kept in __orig_bases__.
class Mixin:
    def hello(self):
        return "mixin hello"

class Proxy:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (Mixin,)

class Real(Proxy()):
    pass

print(Real().hello(), [b.__name__ for b in Real.__bases__], len(Real.__orig_bases__))
class Aliased(list[int]):
    pass
print(Aliased.__bases__, Aliased.__orig_bases__)
