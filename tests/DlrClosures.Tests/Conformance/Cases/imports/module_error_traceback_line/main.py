# An exception raised in a module at import time reaches the importer.
try:
    import broken
except KeyError as e:
    print("KeyError", e)
import broken
