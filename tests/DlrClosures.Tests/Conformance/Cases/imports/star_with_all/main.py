# from m import * copies exactly the names in __all__, private ones included.
from api import *
print(public(), _helper())
try:
    hidden
except NameError as e:
    print(e)
