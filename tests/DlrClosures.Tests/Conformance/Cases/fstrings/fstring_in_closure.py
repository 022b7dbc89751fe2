# f-strings inside closures read captured names, including nested fields.
def make_formatter(prefix, width):
    def fmt(value):
        return f"{prefix}:{value:>{width}}"

    return fmt


fmt = make_formatter("id", 6)
print(fmt(42))
print(fmt("abc"))
print(fmt.__code__.co_freevars)
print(f"{[v * 2 for v in range(3)]} {len('four')} {'yes' if fmt else 'no'}")
