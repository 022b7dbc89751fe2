# A future statement inside a function is not at the beginning of the file.
def f():
    from __future__ import annotations
print("never")
