# from a import x while a is still running: CPython's circular import message.
try:
    import first
except ImportError as e:
    message = str(e)
    print(type(e).__name__, message[:message.rindex(" (")])
