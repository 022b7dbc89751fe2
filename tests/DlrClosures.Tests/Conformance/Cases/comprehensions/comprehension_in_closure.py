# A comprehension inside a closure reads names from two enclosing levels.
def make_filter(limit):
    def keep(items, step):
        return [v for v in items if v < limit and v % step == 0]

    return keep


keep = make_filter(20)
print(keep(range(40), 3))
print(keep([5, 10, 25, 30], 5))
