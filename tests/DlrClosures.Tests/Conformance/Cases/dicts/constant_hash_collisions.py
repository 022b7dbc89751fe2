# Keys whose __hash__ is a constant all collide: lookups walk the whole probe sequence and tell keys
# apart by __eq__ alone; deleting some leaves dummies the probing must step over, and order holds.
calls = []


class Same:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        calls.append(self.n)
        return 12345

    def __eq__(self, other):
        return isinstance(other, Same) and self.n == other.n

    def __repr__(self):
        return "S" + str(self.n)


d = {}
for i in range(30):
    d[Same(i)] = i * i
print(len(d), d[Same(7)], Same(31) in d, d.get(Same(29)))
for i in range(0, 30, 2):
    del d[Same(i)]
print(len(d), list(d)[:5], d[Same(27)])
d[Same(4)] = "back"
print(list(d)[-2:], d[Same(4)])
calls.clear()
for i in range(40, 80):
    d[Same(i)] = i
print("hash calls while growing:", len(calls))
calls.clear()
e = dict(d)
f = d.copy()
print("hash calls for dict() and copy():", len(calls), e == d, f == d)
print(d == {Same(1): 1}, {Same(1): 1} == {Same(1): 1})
