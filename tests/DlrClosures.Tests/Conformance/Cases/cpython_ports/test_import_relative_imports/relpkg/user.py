from .helpers import *
from . import SHARED
__all__ = ["run"]
def run():
    return helper() + " " + SHARED
