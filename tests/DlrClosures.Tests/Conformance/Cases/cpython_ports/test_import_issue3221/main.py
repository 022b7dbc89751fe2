# Port of test_issue3221 / test_relimport_star: a relative import at top level has no parent package.
try:
    exec_here = True
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import anything
except ImportError as e:
    print(type(e).__name__, e)
