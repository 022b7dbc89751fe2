# A future feature CPython does not know.
from __future__ import annotations, time_travel
print("never")
