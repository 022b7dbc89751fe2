# A class body runs top to bottom: later statements see earlier class-level names.
class Config:
    base = 10
    double = base * 2
    names = ["a", "b"]
    count = len(names)
    label = f"base={base}"

    def show(self):
        return self.base + self.double + self.count


print(Config.double, Config.count, Config.label)
print(Config().show())
