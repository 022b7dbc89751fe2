# Builtins are the last stop; a global or local of the same name wins.
def local_len():
    len = lambda v: -1
    return len("abc")


print(len("abc"))
print(local_len())
len = lambda v: 99
print(len("abc"))
del len
print(len("abc"))
