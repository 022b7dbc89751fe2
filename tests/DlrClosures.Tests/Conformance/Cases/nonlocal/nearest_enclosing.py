# nonlocal binds to the nearest enclosing function that has the name.
def level1():
    v = "level1"

    def level2():
        v = "level2"

        def level3():
            nonlocal v
            v = "changed by level3"

        level3()
        return v

    result = level2()
    return v, result


print(level1())
