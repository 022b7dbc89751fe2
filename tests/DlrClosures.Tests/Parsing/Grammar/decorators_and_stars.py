@(lambda f: f)
def a(): pass
@x[0].y(1)
def b(): pass
@(d := decorator)
class C: pass
@d if cond else e
def c(): pass
@name := value
def e(): pass
global g
def outer():
    nonlocal_name = 1
    def inner():
        nonlocal nonlocal_name
        global h
        nonlocal_name += 1
for x in *a, *b:
    pass
def r():
    return *a, *b
first, *middle, last = *x, *y
print(*args, *more, sep="", **kw, **more_kw)
{**a, "k": 1, **b}
[*a, *b]
{*a, *b}
f"{x=}" f"{x = !r:>10}" f"{x!s}" f"{x!a:{width}.{precision}}"
f"{'nested'} {f'{inner}'} {x:{'>'}{10}}"
f"{{literal}} {x:%Y-%m-%d}"
