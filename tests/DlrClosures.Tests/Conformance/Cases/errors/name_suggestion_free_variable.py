# A free variable read before its cell is filled gets a suggestion from CPython's builtins,
# even one (open) that this engine does not define: the words are CPython's.
def f():
    def g():
        return token
    g()
    token = 1
f()
