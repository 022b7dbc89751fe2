# Assigning an attribute of a module sets a global that its functions read.
import greeter
print(greeter.hello())
greeter.NAME = "world"
print(greeter.hello())
del greeter.NAME
try:
    greeter.hello()
except NameError as e:
    print(e)
