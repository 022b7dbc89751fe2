# exec with a locals dict stores new names there, reading globals too.
g = {'n': 5}
l = {}
exec('m = n + 1', g, l)
print(l, 'm' in g)
