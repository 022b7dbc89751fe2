__all__ = [b'x'.decode(), 1]
x = 0
