# repr chooses quotes and escapes; str does not.
print(repr("plain"), repr("it's"), repr('both \' and "'))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print(str("it's"), "new\nline")
print(["a", "b'c", 'd"e'])
print(repr(""), len(""), "ab" * 3, "x" + "y")
print("é", repr("é"), len("é"))
