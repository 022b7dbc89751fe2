# print(file=obj) calls obj.write once per piece; file=None is standard output.
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
c = Collector()
print('a', 1, sep='-', end='!', file=c)
print('plain', file=None)
print(c.parts)
