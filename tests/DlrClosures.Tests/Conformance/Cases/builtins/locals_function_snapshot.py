# locals() in a function is a snapshot of its bound locals, parameters first; unbound names are left out.
def f(a, b=2):
    c = a + b
    snap = locals()
    d = 4
    return snap
print(f(1))
