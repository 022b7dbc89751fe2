# Defining __eq__ without __hash__ sets __hash__ to None: instances are unhashable; defining
# both keeps them hashable; a subclass inherits the None.
class Plain:
    pass

class WithHash:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 7

class EqOnly:
    def __eq__(self, other):
        return isinstance(other, EqOnly)

print(EqOnly.__hash__, hash(WithHash()), WithHash() in {WithHash()})
print(type(hash(Plain())).__name__)
class Child(EqOnly):
    pass
print(Child.__hash__)
{EqOnly()}
