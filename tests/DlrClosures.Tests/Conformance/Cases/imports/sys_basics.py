# The sys attributes a script reads.
import sys
print(sys.maxsize == 2**63 - 1, sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.version_info.major, sys.version_info.minor, sys.version.startswith("3.11"))
print(sys.byteorder, sys.platform in ("linux", "win32", "darwin"))
print(type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__)
print(sys.modules["sys"] is sys, "sys" in sys.builtin_module_names)
print(sys.getrecursionlimit())
print(isinstance(sys.executable, str), hasattr(sys.implementation, "name"))
