# An index past the end of bytes is an IndexError.
b'ab'[5]
