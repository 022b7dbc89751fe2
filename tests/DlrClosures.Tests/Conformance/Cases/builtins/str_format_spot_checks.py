# str.format: positions, names, indexing, attributes, conversions, specs.
class P:
    x = 3
print('{0}-{1}-{0}'.format('a', 'b'), '{name}!'.format(name='n'), '{0[1]}'.format([5, 6]), '{p.x}'.format(p=P()))
print('{!r:>6}|{:^7}|{:08.3f}|{:,}|{:+d}'.format('s', 'mid', 3.14159, 1234567, 5))
