print("init user")
def User(name):
    return f"User({name!r})"
