# When the second item's expression or __enter__ fails, the first item's __exit__ still runs.
class Dummy:
    def __init__(self):
        self.enter_called = False
        self.exit_info = None

    def __enter__(self):
        self.enter_called = True
        return self

    def __exit__(self, *exc_info):
        self.exit_info = exc_info

class InitRaises:
    def __init__(self):
        raise RuntimeError("init")

class EnterRaises:
    def __enter__(self):
        raise RuntimeError("enter")

    def __exit__(self, *exc_info):
        print("never")

for second in [InitRaises, EnterRaises]:
    a = None
    try:
        with Dummy() as a, second():
            print("body never runs")
    except RuntimeError as e:
        print(e, a.enter_called, a.exit_info[0].__name__, a.exit_info[1])
