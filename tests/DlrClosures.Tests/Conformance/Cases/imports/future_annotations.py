# from __future__ import annotations keeps annotations as their text, unevaluated (PEP 563).
from __future__ import annotations

x: Undefined[int, str] = 1
y: "quoted"
z: dict[str,list[int]] | None

def f(a: NotDefined, *args: tuple[int, ...], b: int=3, **kw: -1 + 2*3) -> Missing.attr:
    return a

class C:
    field: List[C]
    other: 1 + 2

print(__annotations__)
print(f.__annotations__)
print(C.__annotations__)
print(f(5))
