# Containers print their elements with repr.
print([1, [2, [3, []]], (4,), {}])
print((), (1,), (1, 2), ((1,),))
print({"k": [1, {"inner": (None, True)}]})
print([None, True, False, 1.0, "s"])
print(str([1, "1"]), repr(("x",)))
