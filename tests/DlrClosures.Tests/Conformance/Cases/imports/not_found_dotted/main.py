# The missing part of a dotted name is named with its package.
try:
    import kit.missing
except ModuleNotFoundError as e:
    print(e)
import kit.absent.deeper
