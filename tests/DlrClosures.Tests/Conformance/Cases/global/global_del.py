# del on a global removes the module-level binding; the next read fails.
temp = 1


def clear():
    global temp
    print("deleting", temp)
    del temp


clear()
print("deleted")
print(temp)
