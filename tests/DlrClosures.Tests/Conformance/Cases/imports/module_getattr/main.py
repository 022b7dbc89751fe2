# A module-level __getattr__ answers for names the module does not define (PEP 562).
import lazy
print(lazy.real)
print(lazy.computed)
from lazy import other
print(other)
