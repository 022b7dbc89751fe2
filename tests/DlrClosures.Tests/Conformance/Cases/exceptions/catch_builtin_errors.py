# Each common runtime error can be caught by its own type; the handler names it.
def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except ZeroDivisionError:
        print(label, "ZeroDivisionError")
    except KeyError:
        print(label, "KeyError")
    except IndexError:
        print(label, "IndexError")
    except TypeError:
        print(label, "TypeError")
    except ValueError:
        print(label, "ValueError")
    except NameError:
        print(label, "NameError")


attempt("div", lambda: 1 // 0)
attempt("key", lambda: {"a": 1}["b"])
attempt("index", lambda: [1, 2][5])
attempt("type", lambda: "a" + 1)
attempt("value", lambda: int("abc"))
attempt("name", lambda: undefined_thing)
attempt("fine", lambda: 1 + 1)
