# Each execution of a class statement makes a fresh __class__ cell: classes made in a loop or a
# factory each see themselves.
def make(tag):
    class Tagged:
        def me(self):
            return __class__
        def tag(self):
            return tag
    return Tagged

made = [make(t) for t in "xyz"]
print([m().me() is m for m in made], [m().tag() for m in made])

classes = []
for i in range(3):
    class K:
        n = i
        def cls(self):
            return __class__.n
    classes.append(K)
print([k().cls() for k in classes])
