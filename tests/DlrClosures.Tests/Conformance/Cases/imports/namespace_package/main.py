# A folder without __init__.py is a namespace package.
import space.rocket
from space import rocket
print(rocket.launch(), space.rocket is rocket)
print(hasattr(space, "__file__") and space.__file__)
