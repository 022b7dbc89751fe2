# NotImplemented and Ellipsis print by name, have their type names and hash
print(NotImplemented, repr(NotImplemented), str(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, repr(Ellipsis), type(Ellipsis).__name__, Ellipsis is Ellipsis, hash(Ellipsis) == hash(Ellipsis))
print({Ellipsis: 1}[Ellipsis], [Ellipsis], Ellipsis == Ellipsis, bool(Ellipsis), bool(NotImplemented) if False else 0)
print(Ellipsis is Ellipsis)
print(hash(NotImplemented) == hash(NotImplemented), {NotImplemented: 2})
