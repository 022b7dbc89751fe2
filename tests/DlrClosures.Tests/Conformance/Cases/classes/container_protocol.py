# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__ and __reversed__ on a
# user container; slices arrive as slice objects.
class Grid:
    def __init__(self, n):
        self.cells = list(range(n))
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        return self.cells[i]
    def __setitem__(self, i, v):
        self.cells[i] = v
    def __delitem__(self, i):
        del self.cells[i]
    def __contains__(self, v):
        print("contains", v)
        return v in self.cells
    def __iter__(self):
        return iter(self.cells)
    def __reversed__(self):
        return iter(self.cells[::-1])

g = Grid(5)
g[1] = 10
del g[0]
print(len(g), g[0], g[1:3], g[::2], 10 in g, 99 in g)
print(list(g), list(reversed(g)), sorted(g, reverse=True), bool(g))
class Doubled(Grid):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
print(Doubled(3)[2], Doubled(3)[::2])
