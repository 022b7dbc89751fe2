# __set_name__ is called for each attribute of the new class that defines it, with the class and
# the attribute's name, in definition order; adding one later does not call it.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

class Form:
    first = Named()
    second = Named()
    plain = 3

Form.later = Named()
print(Form.first.name, Form.second.name, hasattr(Form.later, "name"))
