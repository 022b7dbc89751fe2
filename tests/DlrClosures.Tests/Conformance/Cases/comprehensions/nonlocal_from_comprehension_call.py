# A function called from a comprehension updates a nonlocal counter.
def count_calls():
    calls = 0

    def visit(v):
        nonlocal calls
        calls += 1
        return v * 2

    doubled = [visit(v) for v in range(5)]
    return doubled, calls


print(count_calls())
