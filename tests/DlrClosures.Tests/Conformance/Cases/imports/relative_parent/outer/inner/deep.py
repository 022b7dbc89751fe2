from .. import TOP
from ..util import tag
from . import MID
def report():
    return tag(TOP) + tag(MID)
