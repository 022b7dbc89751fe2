# Module objects: their type, repr (path cut off) and dir.
import sys
import pieces
print(type(pieces), type(pieces).__name__)
text = repr(pieces)
print(text[:text.index(" from ")], text.endswith("pieces.py'>"))
print(repr(sys))
print(pieces.a, pieces.b.__module__)
