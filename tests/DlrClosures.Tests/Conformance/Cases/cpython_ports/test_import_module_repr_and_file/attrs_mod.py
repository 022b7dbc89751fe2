"""Module doc."""
def own_name():
    return __name__
