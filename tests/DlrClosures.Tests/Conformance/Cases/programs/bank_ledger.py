# skip: needs user classes derived from built-in types (Exception, list, dict, str): branch i9-subclass, not merged yet
# A ledger of accounts: alternate constructors (classmethod), validation (staticmethod, property
# setters), a dict subclass with __missing__, transactions as context managers that roll back on
# error, an exception hierarchy with notes, and value objects with __eq__/__hash__/__format__.


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(account.owner, amount)
        self.account, self.amount = account, amount

    def __str__(self):
        return f"{self.account.owner} cannot pay {self.amount}"


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    @classmethod
    def parse(cls, text):
        whole, _, frac = text.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))

    def __add__(self, other):
        return Money(self.cents + other.cents) if isinstance(other, Money) else NotImplemented

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __format__(self, spec):
        text = f"{self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec or "")

    def __repr__(self):
        return f"Money({self})"

    def __str__(self):
        return format(self)


class Account:
    def __init__(self, owner, balance=Money(0)):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if not self.valid(value):
            raise LedgerError(f"negative balance for {self.owner}")
        self._balance = value

    @staticmethod
    def valid(value):
        return value.cents >= 0


class Accounts(dict):
    def __missing__(self, owner):
        account = self[owner] = Account(owner)
        return account


class Transaction:
    def __init__(self, ledger):
        self.ledger = ledger

    def __enter__(self):
        self.snapshot = {name: acc.balance for name, acc in self.ledger.items()}
        return self

    def __exit__(self, kind, error, tb):
        if kind is not None:
            for name, acc in self.ledger.items():
                acc._balance = self.snapshot.get(name, Money(0))
            if isinstance(error, LedgerError):
                error.add_note("transaction rolled back")
        return False

    def transfer(self, source, target, amount):
        src, dst = self.ledger[source], self.ledger[target]
        if src.balance < amount:
            raise InsufficientFunds(src, amount)
        src.balance = src.balance - amount
        dst.balance = dst.balance + amount
        for acc, sign in ((src, "-"), (dst, "+")):
            acc.history.append(f"{sign}{amount}")


ledger = Accounts()
ledger["ann"].balance = Money.parse("100.5")
ledger["bob"].balance = Money.parse("20")
with Transaction(ledger) as t:
    t.transfer("ann", "bob", Money.parse("30.25"))
    t.transfer("bob", "cy", Money.parse("0.75"))
for name, acc in sorted(ledger.items()):
    print(f"{name:>4} {acc.balance:>8} {acc.history}")

try:
    with Transaction(ledger) as t:
        t.transfer("cy", "ann", Money.parse("0.5"))
        t.transfer("cy", "ann", Money.parse("5"))
except LedgerError as e:
    print(type(e).__name__, e, e.args[0], getattr(e, "__notes__", None))
print({name: str(acc.balance) for name, acc in ledger.items()})
print(sum(acc.balance for acc in ledger.values()), len({Money(5), Money(5), Money(6)}))
try:
    ledger["dan"].balance = Money(-1)
except LedgerError as e:
    print(e, isinstance(e, Exception), Account.valid(Money(0)))
print(Money.parse("3.5") == Money(350), Money(1) + 1 if False else "ok", repr(Money(1234)))
