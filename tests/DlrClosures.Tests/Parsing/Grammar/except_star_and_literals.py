try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as group:
    pass
else:
    pass
finally:
    pass
b"bytes"
B'single' b"double"
rb"raw\d" Rb'RAW\n'
b"\x00\xff\n\t\\\'"
b'it\'s' b"quote\""
1j
1.5j
1e3J
0j
x[*a]
x[*a, *b]
x[a, *b]
x[1:2, *c]
