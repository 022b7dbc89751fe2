# A cell whose variable is not yet assigned is empty: reading cell_contents
# raises ValueError.
def outer():
    def f():
        return late

    print(len(f.__closure__))
    print(f.__code__.co_freevars)
    print(f.__closure__[0].cell_contents)
    late = 1


outer()
