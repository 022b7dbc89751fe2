# Operators between frozenset and set take the type of the left operand.
f = frozenset([1, 2, 3])
s = {3, 4}
print(f | s, s | f, f & s, f - s, f ^ s)
print(type(f | s).__name__, type(s | f).__name__, f == {1, 2, 3}, f <= {1, 2, 3, 4})
