# The as name of a clause stays bound while the clause is suspended, and is gone after.
def gen():
    try:
        raise ValueError("v")
    except ValueError as err:
        yield str(err)
        yield repr(err)
    try:
        err
    except NameError as e:
        yield str(e)

print(list(gen()))
