# Reading a name bound nowhere.
def use():
    return undefined_thing + 1


print("before")
use()
