# from . import x and from .mod import y inside a package.
from geo import api
print(api.distance((0, 0), (3, 4)))
print(api.origin_name())
