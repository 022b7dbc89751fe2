print("never")
from os import path,
