with a:
    pass
with a as b:
    pass
with a as b, c as d, e:
    pass
with a as (b, c), d as e[0], f as g.h:
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a as b, c as d,):
    pass
with (a as b):
    pass
with (a):
    pass
with (yield):
    pass
with f(x) as [y, *z]:
    pass
