# Every element of bytes(iterable) must be in range(256).
bytes([1, 256])
