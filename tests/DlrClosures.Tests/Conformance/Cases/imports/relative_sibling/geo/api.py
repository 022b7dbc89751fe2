from . import ORIGIN
from .math2 import hypot
def distance(a, b):
    return hypot(b[0] - a[0], b[1] - a[1])
def origin_name():
    return ORIGIN
