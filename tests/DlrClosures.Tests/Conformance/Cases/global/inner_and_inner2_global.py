# The "global" form of the inner/inner2 example. An answer written for
# Python 3.0 says inner2 prints the global x (2 3 3 3). In 3.11 inner2 reads
# outer's x, which is 5: the output is 2 3 5 5.
x = 0


def outer():
    x = 1

    def inner():
        global x
        x = 2
        print(x)
        x = 3
        return x

    def inner2():
        print(x)
        return x

    x = 5
    return (inner, inner2)


for inner in outer():
    print(inner())
print("global x:", x)
