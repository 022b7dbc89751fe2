# Lambdas close over enclosing names exactly like def does.
def adder(n):
    return lambda m: n + m


def compose(f, g):
    return lambda v: f(g(v))


inc = adder(1)
add10 = adder(10)
both = compose(inc, add10)
print(inc(1), add10(1), both(0))
print(compose(str, abs)(-7) + "!")
