__all__ = ["public", "_helper"]
def public():
    return "public"
def _helper():
    return "helper"
def hidden():
    return "hidden"
