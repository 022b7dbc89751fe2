# Modules a script imported are in sys.modules under their names, each once.
import sys
import sys as system
from sys import modules, path
print(system is sys, modules is sys.modules, path is sys.path)
print(sys.modules.get("no such module"))
