# bytearray is mutable: append, extend, item and slice assignment, deletion, pop.
buf = bytearray(b'abc')
buf.append(100)
buf.extend(b'ef')
buf[0] = 65
buf[1:3] = b'XY'
del buf[-1]
print(buf, len(buf), buf.pop(), buf, bytes(buf))
