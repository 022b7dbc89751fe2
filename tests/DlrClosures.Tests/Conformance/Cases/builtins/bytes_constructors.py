# bytes(n), bytes(iterable), bytes(str, encoding), bytes(bytes).
print(bytes(3), bytes([65, 66]), bytes(range(97, 100)), bytes('hé', 'utf-8'), bytes(b'x'), bytes())
