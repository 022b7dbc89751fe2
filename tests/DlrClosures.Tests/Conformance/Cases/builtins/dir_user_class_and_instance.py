# dir() of a user class and of its instance: the class's names with object's, sorted; the instance adds its own.
class Base:
    def run(self): pass
class Child(Base):
    kind = 'c'
    def __init__(self):
        self.value = 1
names = dir(Child())
print([n for n in names if not n.startswith('__')])
print(dir(Child) == sorted(dir(Child)), '__init__' in dir(Child), 'value' in dir(Child))
