class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def make(x, y):
    return Point(x, y)
