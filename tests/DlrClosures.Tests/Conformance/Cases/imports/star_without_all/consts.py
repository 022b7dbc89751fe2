RED = 1
GREEN = 2
_secret = 3
__version__ = "1.0"
def mix(a, b):
    return a | b
