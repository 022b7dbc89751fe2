# add_note checks its argument and the type of __notes__, with CPython's messages.
e = KeyError("k")
for call in [lambda: e.add_note(1), lambda: e.add_note(), lambda: e.add_note("a", "b")]:
    try:
        call()
    except TypeError as err:
        print(err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(err)
e.__notes__ = []
e.add_note("fine")
print(e.__notes__)
