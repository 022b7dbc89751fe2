# getattr/setattr/hasattr/delattr with names computed by a closure.
def prefixed(prefix):
    return lambda name: prefix + '_' + name
attr = prefixed('opt')
class Settings: pass
s = Settings()
for key, value in [('a', 1), ('b', 2)]:
    setattr(s, attr(key), value)
print(getattr(s, attr('a')), getattr(s, attr('z'), 'default'), hasattr(s, attr('b')))
delattr(s, attr('b'))
print(hasattr(s, attr('b')))
