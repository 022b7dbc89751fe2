# Without __all__, from m import * copies the names that do not start with an underscore.
from consts import *
print(RED, GREEN, mix(RED, GREEN))
try:
    _secret
except NameError as e:
    print(e)
