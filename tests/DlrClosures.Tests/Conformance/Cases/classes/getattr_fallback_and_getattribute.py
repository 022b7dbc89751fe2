# __getattr__ runs only for missing attributes; __getattribute__ runs for every read and can
# delegate to object.__getattribute__ through super().
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forward", name)
        return getattr(self._target, name)

class Audited:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError("no secrets: " + name)
        return super().__getattribute__(name)

p = Proxy([3, 1, 2])
print(p.count(1), p._target)
a = Audited()
print(a.x, getattr(a, "secret_key", "hidden"), hasattr(a, "secret"))
a.secret
