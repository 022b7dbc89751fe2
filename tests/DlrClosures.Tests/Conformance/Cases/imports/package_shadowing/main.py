# A package folder is found before a module file of the same name in the same folder.
import dual
print(dual.KIND)
