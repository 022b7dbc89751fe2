# from m import x, y as z binds the objects themselves, under their own or the new names.
from tools import double, triple as thrice, LIMIT
print(double(4), thrice(4), LIMIT)
print(double.__name__, thrice.__name__)
