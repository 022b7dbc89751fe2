# from package import * with __all__ naming submodules imports them.
from suite import *
print(alpha.NAME, beta.NAME)
