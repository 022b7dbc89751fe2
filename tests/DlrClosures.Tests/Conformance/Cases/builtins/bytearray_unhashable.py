# bytearray is not hashable.
hash(bytearray(b'x'))
