# A future statement after other code is a SyntaxError.
import sys
from __future__ import annotations
print("never")
