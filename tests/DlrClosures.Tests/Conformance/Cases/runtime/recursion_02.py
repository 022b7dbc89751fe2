# Deep == and < between nested containers count against the recursion limit, with CPython's
# message; moderately deep ones compare normally. (The exact threshold is not pinned: CPython's
# own moves with how its adaptive interpreter has specialised the calls.)
def nest(n):
    x = []
    for i in range(n): x = [x]
    return x
print(nest(500) == nest(500), nest(500) < nest(501), nest(3) < nest(4))
for compare in (lambda a, b: a == b, lambda a, b: a < b):
    try:
        compare(nest(3000), nest(3000))
    except RecursionError as e:
        print(e)
t1 = t2 = ()
for i in range(2000): t1 = (t1,); t2 = (t2,)
print({1: nest(3)} == {1: nest(3)})
print(t1 == t2)
