# A sibling function's local is not an enclosing binding.
def outer():
    def first():
        shared = 1
        return shared

    def second():
        nonlocal shared
        shared = 2

    return first, second
