# A plain function assigned onto a class becomes a method; on an instance it stays plain.
def greet(self, other):
    return self.name + " greets " + other


class Person:
    def __init__(self, name):
        self.name = name


Person.greet = greet
p = Person("Ann")
print(p.greet("Bob"))
p.shout = lambda word: word.upper()
print(p.shout("hey"))
print(Person.greet(p, "Cy"))
print(Person.greet.__name__, p.greet.__name__)
