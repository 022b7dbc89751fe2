# A folder appended to sys.path at run time is searched by later imports.
import sys
try:
    import extra
except ModuleNotFoundError as e:
    print(e)
sys.path.append(sys.path[0] + "/vendor")
import extra
print(extra.NAME)
