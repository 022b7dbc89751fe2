# A __setattr__ override hands the real store to object.__setattr__ through super().
class Logged:
    def __init__(self):
        self.log = []
        self.a = 1
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)

class Frozen(Logged):
    def __setattr__(self, name, value):
        if name == "locked":
            raise AttributeError("locked is read-only")
        super().__setattr__(name, value)

f = Frozen()
f.b = 2
print(f.a, f.b, f.log)
f.locked = True
