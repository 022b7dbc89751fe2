if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
print(y := 5, z := y + 1)
values = [y := f(x), y ** 2, y ** 3]
filtered = [v for x in data if (v := f(x)) is not None]
d[x := 1]
s = {(a := 1), a}
x: int
x: int = 5
(y): str = "s"
obj.attr: float = 1.0
obj[0]: list[int] = []
t: tuple[int, ...] = (1, 2)
u: "forward" = None
def f(a: int, b: str = "x", *args: float, c: bool = True, d, **kwargs: dict) -> None:
    local: int = 1
def g(*args: *Ts) -> tuple[*Ts]:
    pass
lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
