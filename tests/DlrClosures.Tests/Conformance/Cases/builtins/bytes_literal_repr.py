# bytes literals and their repr: quotes, escapes, high bytes.
print(b'abc', b'a\x00\xff', b"it's", b'say "hi"', b'\t\n\\')
print(repr(b''), str(b'x'))
