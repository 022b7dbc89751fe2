# +, *, in, comparison and hashing of bytes.
a = b'ab'
print(a + b'cd', a * 3, b'b' in a, 97 in a, a < b'ac', a == b'ab', hash(a) == hash(b'a' + b'b'))
print(sorted([b'b', b'a', b'ab']), {a: 1}[b'ab'])
