# reversed() on a user __reversed__, on the sequence protocol (__len__ + __getitem__), on bytes and dicts.
class Countdown:
    def __reversed__(self):
        return iter([1, 2, 3])
class Squares:
    def __len__(self): return 4
    def __getitem__(self, i): return i * i
print(list(reversed(Countdown())), list(reversed(Squares())), list(reversed(b'ab')), list(reversed({'a': 1, 'b': 2})))
