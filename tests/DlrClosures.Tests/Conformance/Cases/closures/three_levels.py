# A name free in the innermost function passes through a middle function that
# never mentions it; the middle function still carries the cell.
def top(a):
    def middle(b):
        def bottom(c):
            return a + b + c

        return bottom

    return middle


f = top(100)(20)
print(f(3))
print(top("x")("y")("z"))
