# Functions with no free variables have __closure__ None.
def plain(v):
    return v + 1


def outer():
    local = 1

    def uses_global():
        return plain(2)

    def uses_local():
        return local

    return uses_global, uses_local


g, l = outer()
print(plain.__closure__ is None)
print(g.__closure__ is None)
print(l.__closure__ is None)
print((lambda: 0).__closure__)
