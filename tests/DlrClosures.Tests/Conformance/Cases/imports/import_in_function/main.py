# import inside a function binds a local name; the module is still cached once.
def load():
    import helper
    return helper.VALUE
def load_from():
    from helper import VALUE as v
    return v
print(load(), load_from())
try:
    helper
except NameError as e:
    print(e)
import sys
print("helper" in sys.modules)
