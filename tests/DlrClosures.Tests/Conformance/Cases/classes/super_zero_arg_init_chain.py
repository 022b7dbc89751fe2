# super() with no arguments walks an __init__ chain: each class hands on to the next in the MRO.
class Base:
    def __init__(self, name):
        self.name = name
        self.trail = ["Base"]

class Middle(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        self.trail.append("Middle")

class Leaf(Middle):
    def __init__(self):
        super().__init__("leaf", 3)
        self.trail.append("Leaf")

leaf = Leaf()
print(leaf.name, leaf.level, leaf.trail)
