# A manager missing __exit__ or __enter__ is refused before __enter__ runs, each with its own message.
class OnlyEnter:
    def __enter__(self):
        print("enter must not run")

class OnlyExit:
    def __exit__(self, *args):
        pass

class Neither:
    pass

for manager in [OnlyEnter(), OnlyExit(), Neither(), "text", [1], None]:
    try:
        with manager:
            print("never")
    except TypeError as e:
        print(e)
