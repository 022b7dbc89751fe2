# def is an assignment too: a nonlocal name can be rebound by a nested def.
def outer():
    def action():
        return "original"

    def replace():
        nonlocal action

        def action():
            return "replacement"

    print(action())
    replace()
    print(action())
    print(action.__name__, action.__qualname__)


outer()
