# inner_error reads x, then assigns it: x is inner_error's own local, unbound
# at the read. (Older texts show "local variable 'x' referenced before assignment".)
def outer(x):
    def inner_reads():
        return x

    def inner_error(y):
        tmp = x
        x = y
        return tmp

    return inner_reads, inner_error


inner_reads, inner_error = outer(5)
print(inner_reads())
print("calling inner_error")
inner_error(10)
print("not reached")
