# vars() of an object without __dict__ is a TypeError.
print(vars(5))
