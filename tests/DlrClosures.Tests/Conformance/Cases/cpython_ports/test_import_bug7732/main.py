# Port of test_bug7732: a folder named like a module file is not the module.
try:
    import notamodule
except ModuleNotFoundError as e:
    print(e)
import realmod
print(realmod.OK)
