# yield from delegates to any iterable.
def chain(*parts):
    for part in parts:
        yield from part

print(list(chain([1, 2], "xy", range(3), (9,))))
