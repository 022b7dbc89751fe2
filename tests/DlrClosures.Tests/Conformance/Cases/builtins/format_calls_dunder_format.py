# format() calls __format__ with the spec; built-in types honour their format specs.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        return f'${self.cents / 100:{spec or ".2f"}}'
print(format(Money(1234)), format(Money(5), '.3f'), format(255, '#x'), format(3.14159, '>10.2f'), format('ab', '*^6'))
