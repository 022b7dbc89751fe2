# Annotations are evaluated where a def runs, so the 3.9+ spellings of container types and the
# 3.10+ unions must exist: list[int], dict[str, int], tuple[int, ...], X | None.
class Ticket:
    pass


def count(items: list[Ticket], names: dict[str, int] | None = None) -> tuple[int, ...]:
    return (len(items),)


print(count.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], set[str], type[Ticket])
print(int | None, None | str, int | str | None, list[int] | None)
print(int | int, (int | str) | int)
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]), dict[str, int](a=1))
print((int | None).__args__)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | str), type(list[int]).__name__ if False else "GenericAlias")
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
