# object() instances and type() of built-in values.
o = object()
print(type(o), type(1), type(b''), type(frozenset()), type(slice(1)), type(o) is object)
