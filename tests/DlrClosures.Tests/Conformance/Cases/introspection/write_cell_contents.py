# Writing cell_contents changes what the function sees, and what the
# enclosing function's sibling closures see.
def outer():
    secret = "original"

    def read():
        return secret

    def write(v):
        nonlocal secret
        secret = v

    return read, write


read, write = outer()
print(read())
read.__closure__[0].cell_contents = "patched"
print(read())
write("written")
print(read.__closure__[0].cell_contents)
