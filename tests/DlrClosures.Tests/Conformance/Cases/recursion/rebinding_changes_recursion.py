# Recursion looks its own name up in the cell each time, so rebinding the
# name changes where the recursive call goes.
def outer():
    def count(n):
        if n == 0:
            return ["base"]
        return [n] + count(n - 1)

    original = count
    print(original(3))

    def count(n):
        return ["replaced", n]

    print(original(3))


outer()
