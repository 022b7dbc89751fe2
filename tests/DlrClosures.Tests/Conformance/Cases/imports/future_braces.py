# CPython's answer to braces.
from __future__ import braces
