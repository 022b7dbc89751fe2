# Assigning args changes str(); any iterable becomes a tuple; other attributes can be added.
e = ValueError("before")
e.args = ["after", 2]
print(e.args, str(e))
e.args = ("only",)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
e.code = 42
print(e.code, e.__dict__)
try:
    e.args = 5
except TypeError as err:
    print(err)
