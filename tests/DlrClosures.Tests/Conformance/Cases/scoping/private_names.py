# Inside a class, a name __x is private: CPython stores it as _ClassName__x, for the class's own
# attributes, for locals and parameters of its methods, and for the cells they share.
class Account:
    __rate = 3

    def total(self, __amount=100):
        __fee = 5
        def with_fee():
            return __amount + __fee
        return with_fee() * Account._Account__rate

    seen = __rate + 1

print(Account().total())
print(Account().total(10))
print(Account.seen)
print(Account._Account__rate)
print(hasattr(Account, "__rate"))
print(Account.total.__code__.co_varnames)
