# An import of a module that exists nowhere.
print("start")
import no_such_module_anywhere
