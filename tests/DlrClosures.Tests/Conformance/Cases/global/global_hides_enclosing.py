# A global declaration also decides how nested functions see the name: inside
# middle, v is global, so bottom's v is the module's v, not outer's.
v = "module"


def outer():
    v = "outer"

    def middle():
        global v

        def bottom():
            return v

        return bottom()

    return middle(), v


print(outer())
