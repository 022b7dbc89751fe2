"""A docstring may come before the future statements."""
# The features CPython 3.11 has on already are accepted and change nothing.
from __future__ import generators, division, absolute_import
from __future__ import (with_statement, print_function,
                        nested_scopes, unicode_literals, generator_stop)
print(7 / 2, 7 // 2)
x: int = 3
print(__annotations__)
