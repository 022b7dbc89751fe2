# yield inside larger expressions: arguments, operands, subscripts.
def gen():
    x = pair((yield "a"), (yield "b"))
    print("pair", x)
    y = 10 * (yield "c") + 1
    print("y", y)
    print((yield "d"))
    d = {}
    d[(yield "e")] = "v"
    print(d)

def pair(a, b):
    return (a, b)

g = gen()
print(next(g))
for value in [1, 2, 3, 4, "k"]:
    try:
        print(g.send(value))
    except StopIteration:
        print("end")
