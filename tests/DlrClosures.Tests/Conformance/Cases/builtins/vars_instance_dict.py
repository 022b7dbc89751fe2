# vars(obj) is the instance's __dict__; a method capturing self in a lambda updates it.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.move = lambda dx: setattr(self, 'x', self.x + dx)
p = Point(1, 2)
p.move(5)
print({k: v for k, v in vars(p).items() if k != 'move'})
