# The singleton pattern with a metaclass __call__ keeping one instance per class.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value):
        print("init", value)
        self.value = value

class Other(metaclass=Singleton):
    pass

a = Config(1)
b = Config(2)
print(a is b, a.value, Other() is Other(), len(Singleton._instances))
