# A file object without write is an AttributeError.
print('x', file=42)
