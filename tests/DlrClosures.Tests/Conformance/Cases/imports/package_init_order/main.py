# A package's __init__ runs before its submodules; a second import runs nothing.
import pkg.first
import pkg.second
import pkg.first
print(pkg.order)
