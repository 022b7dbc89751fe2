# Two closures made by separate calls never share state.
def make_box(start):
    value = start

    def put(v):
        nonlocal value
        old = value
        value = v
        return old

    def get():
        return value

    return put, get


put_a, get_a = make_box("a")
put_b, get_b = make_box("b")
print(put_a("A"))
print(get_a(), get_b())
put_b(42)
print(get_a(), get_b())
