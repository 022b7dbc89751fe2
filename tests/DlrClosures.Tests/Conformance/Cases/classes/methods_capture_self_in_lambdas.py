# Methods that return lambdas and inner functions closing over self and their arguments.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def depositor(self, fee):
        return lambda amount: self._deposit(amount - fee)
    def _deposit(self, amount):
        self.balance += amount
        return self.balance
    def watchers(self):
        return [lambda i=i: self.balance * i for i in range(3)]
    def snapshot(self):
        balance = self.balance
        return lambda: balance

class Savings(Account):
    def depositor(self, fee):
        parent = super().depositor(fee)
        return lambda amount: parent(amount) + 0.5

a = Account(100)
dep = a.depositor(1)
snap = a.snapshot()
print(dep(11), dep(21), a.balance, snap())
print([w() for w in a.watchers()])
print(Savings(10).depositor(2)(5))
