# The target can be a tuple or list pattern, with a starred part: the value is unpacked as in assignment.
class Give:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc_info):
        pass

with Give((1, 2)) as (a, b):
    print(a, b)
with Give(range(1, 5)) as (first, *middle, last):
    print(first, middle, last)
with Give("xy") as [p, q]:
    print(p, q)
with Give([[1, 2], 3]) as ((m, n), o):
    print(m, n, o)
