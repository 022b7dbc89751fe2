# __name__ and __package__ of modules and packages; __file__ names the file.
import top.leaf
import plain
print(plain.__name__, repr(plain.__package__))
print(top.__name__, top.__package__, top.leaf.__name__, top.leaf.__package__)
print(plain.__file__.endswith("plain.py"), top.__file__.endswith("__init__.py"))
print(__file__.endswith("main.py"))
