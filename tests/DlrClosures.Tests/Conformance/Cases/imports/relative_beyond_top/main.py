# Two dots in a top-level package go beyond it.
try:
    import solo.mod
except ImportError as e:
    print(type(e).__name__, e)
