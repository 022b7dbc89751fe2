# A with statement in a class body and at module level binds names in that namespace.
class Give:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc_info):
        print("exit", self.value)

class Config:
    with Give("class value") as setting:
        doubled = setting * 2
    after = "set"

print(Config.setting, Config.doubled, Config.after)
with Give(1) as g, Give(2) as h:
    total = g + h
print(total, g, h)
