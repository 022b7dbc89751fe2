import sys
class Replacement:
    kind = "replaced"
sys.modules[__name__] = Replacement()
