# A closure reads the cell when it runs, so it sees assignments the enclosing
# function made after the inner function was defined.
def outer():
    label = "early"

    def show():
        return label

    before = show()
    label = "late"
    return before, show


first, show = outer()
print(first)
print(show())
