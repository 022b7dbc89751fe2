# An invalid UTF-8 byte is CPython's UnicodeDecodeError.
b'ok\xff'.decode()
