# The cell is the variable: reading cell_contents after a rebind shows the new value.
def outer():
    v = 1

    def f():
        return v

    cell = f.__closure__[0]
    print(cell.cell_contents)
    v = 2
    print(cell.cell_contents)
    v = [v]
    print(cell.cell_contents)
    return f


print(outer()())
