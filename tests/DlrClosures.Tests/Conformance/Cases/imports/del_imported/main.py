# An imported name is an ordinary binding: del removes it, the module stays cached.
import sys
import gone
from gone import thing
del gone
del thing
for show in (lambda: thing, lambda: gone):
    try:
        show()
    except NameError as e:
        print(e)
print("gone" in sys.modules)
print(gone)
