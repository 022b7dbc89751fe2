# += counts as an assignment: without nonlocal, the name is local and unbound.
def outer():
    total = 10

    def add():
        total += 1
        return total

    print("calling add")
    return add()


outer()
