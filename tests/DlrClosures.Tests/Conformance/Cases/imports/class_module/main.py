# Classes and functions remember the module that defined them.
import models
print(models.Point.__module__, models.make.__module__)
p = models.make(1, 2)
print(type(p).__module__, p.x + p.y)
class Local:
    pass
print(Local.__module__)
