# A failed assert raises AssertionError, with the message as its argument when one is given.
def positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n


def nonzero(n):
    assert n != 0
    return n


print(positive(3))
try:
    positive(-2)
except AssertionError as e:
    print("caught:", e, e.args)
try:
    nonzero(0)
except AssertionError as e:
    print("caught bare:", repr(e), e.args)
