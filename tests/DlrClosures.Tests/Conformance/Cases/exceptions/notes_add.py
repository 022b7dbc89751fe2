# add_note appends to __notes__, a list made on first use; the notes are kept when re-raised.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__)
try:
    try:
        raise e
    except ValueError as err:
        err.add_note("while handling")
        raise
except ValueError as final:
    print(final.__notes__, final is e)
    print(str(final), repr(final))
