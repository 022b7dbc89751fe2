# The text-like methods of bytes: split, join, strip, replace, find, count, case.
line = b'  key=value;other=2  '
parts = line.strip().split(b';')
print(parts, b'|'.join(parts), line.replace(b'=', b':').strip())
print(line.find(b'value'), line.count(b'='), b'MiXed'.lower(), b'MiXed'.upper(), line.startswith(b'  k'), b'x.py'.endswith(b'.py'))
