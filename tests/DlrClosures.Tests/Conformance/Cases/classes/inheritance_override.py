# A subclass overrides a method and calls the base version explicitly through the class.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def intro(self):
        return "I am " + self.name + "; " + self.speak()


class Dog(Animal):
    def speak(self):
        return Animal.speak(self) + ": woof"


class Puppy(Dog):
    def __init__(self, name):
        Dog.__init__(self, name + " jr")


for a in [Animal("cat"), Dog("rex"), Puppy("rex")]:
    print(a.intro())
d = Puppy("max")
print(isinstance(d, Puppy), isinstance(d, Dog), isinstance(d, Animal))
print(isinstance(Animal("x"), Dog), isinstance(d, (int, str)), isinstance(3, Animal))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
