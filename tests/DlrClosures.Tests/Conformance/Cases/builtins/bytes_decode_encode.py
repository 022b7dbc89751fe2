# str.encode and bytes.decode with UTF-8 (the default), ASCII and Latin-1.
text = 'héllo'
raw = text.encode()
print(raw, len(raw), raw.decode(), 'abc'.encode('ascii'), b'\xe9'.decode('latin-1'))
