# The repr names the function; only its start is printed (the address varies).
def counter():
    yield 1

r = repr(counter())
print(r.startswith("<generator object counter at 0x"), r.endswith(">"))
e = repr(x for x in [])
print(e.split(" at ")[0])
