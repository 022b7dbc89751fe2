# A non-iterable *x is reported in the words of the instruction that spreads it: list and tuple
# displays (LIST_EXTEND) say "Value after * ...", a set display says "... is not iterable", and a
# call names its callee.
def attempt(make):
    try:
        make()
    except TypeError as e:
        print(e)
attempt(lambda: [*5])
attempt(lambda: (1, *5))
attempt(lambda: {*5})
attempt(lambda: {**5})
attempt(lambda: print(*5))
print([*range(3), *"ab"], (*[1], 2), sorted({*[3, 1], 2}))
