# Reading a global, then assigning it without a declaration: UnboundLocalError,
# even though a global of that name exists.
counter = 0


def bump():
    counter += 1
    return counter


print("counter is", counter)
bump()
