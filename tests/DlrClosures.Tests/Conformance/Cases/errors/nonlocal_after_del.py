# Deleting a nonlocal empties the shared cell; the sibling's read then fails.
def outer():
    session_key = "live"

    def read():
        return session_key

    def drop():
        nonlocal session_key
        del session_key

    return read, drop


read, drop = outer()
print(read())
drop()
print("dropped")
print(read())
