# Any true result of __exit__ suppresses (1, "x", [0]); a false one (0, "", [], None) does not.
class Result:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        pass

    def __exit__(self, *exc_info):
        return self.result

for result in [True, 1, "x", [0], False, 0, "", [], None]:
    try:
        with Result(result):
            raise KeyError(result)
        print(repr(result), "suppressed")
    except KeyError:
        print(repr(result), "propagated")
