# __closure__ is a tuple of cells; cell_contents is the current value.
def make(a, b):
    def f():
        return a, b

    return f


f = make("alpha", [1, 2])
print(isinstance(f.__closure__, tuple), len(f.__closure__))
print(f.__closure__[0].cell_contents)
print(f.__closure__[1].cell_contents)
