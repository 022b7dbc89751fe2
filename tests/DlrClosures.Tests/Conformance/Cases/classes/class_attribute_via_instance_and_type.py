# type(x) and x.__class__ agree; class attributes set through the class are seen by instances
# until an instance attribute shadows them; __dict__ shows the instance dict.
class Config:
    debug = False
    def toggle(self):
        type(self).debug = not type(self).debug

a, b = Config(), Config()
a.toggle()
print(a.debug, b.debug, Config.debug, type(a) is a.__class__)
b.debug = "own"
a.toggle()
print(a.debug, b.debug, b.__dict__, "debug" in Config.__dict__, Config.__dict__["debug"])
