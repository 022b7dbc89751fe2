# Port of CPython 3.11 test_exceptions.py notes test (written anew): add_note, __notes__ and its checks.
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def raises(exc_type, func, *args):
    try:
        func(*args)
    except exc_type:
        return True
    return False


def run(test):
    failures.clear()
    test()
    print(test.__name__, "ok" if not failures else "FAILED: " + ", ".join(failures))



def test_notes():
    for e in [BaseException(1), Exception(2), ValueError(3)]:
        check(not hasattr(e, "__notes__"), "no notes at first")
        e.add_note("My Note")
        check(e.__notes__ == ["My Note"], "one note")
        check(raises(TypeError, e.add_note, 42), "a note must be a str")
        check(e.__notes__ == ["My Note"], "unchanged")
        e.add_note("Your Note")
        check(e.__notes__ == ["My Note", "Your Note"], "two notes")
        del e.__notes__
        check(not hasattr(e, "__notes__"), "deleted")
        e.add_note("Our Note")
        check(e.__notes__ == ["Our Note"], "made again")
        e.__notes__ = 42
        check(raises(TypeError, e.add_note, "will not work"), "__notes__ not a list")
        e.__notes__ = ["x"]
        e.add_note("y")
        check(e.__notes__ == ["x", "y"], "a list of our own")


def test_notes_survive_reraise():
    try:
        try:
            raise KeyError("k")
        except KeyError as e:
            e.add_note("first")
            raise
    except KeyError as again:
        again.add_note("second")
        check(again.__notes__ == ["first", "second"], "notes kept")


for test in [test_notes, test_notes_survive_reraise]:
    run(test)
