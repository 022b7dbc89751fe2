# An uncaught exception's notes are printed after its message (the last line of stderr is the last note).
def check(value):
    try:
        return int(value)
    except ValueError as e:
        e.add_note(f"while checking {value!r}")
        e.add_note("hint: pass digits")
        raise

print(check("12"))
check("twelve")
