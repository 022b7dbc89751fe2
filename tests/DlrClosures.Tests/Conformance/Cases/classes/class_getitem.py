# __class_getitem__ is an implicit classmethod: C[x] calls it with the class.
class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

class Sub(Registry):
    pass

print(Registry[int], Sub["key"], Registry[int, str] if False else Sub[3])
print(list[int], dict[str, list[int]])
try:
    int[3]
except TypeError as e:
    print(e)
