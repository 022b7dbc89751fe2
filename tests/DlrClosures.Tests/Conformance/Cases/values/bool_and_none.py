# True/False behave as 1/0 in arithmetic; None is a singleton.
print(True + True, True * 10, False - 1)
print(None, repr(None), None is None, None == False)
print(1 == True, 2 == True, [] == False)
print(str(True), repr(False), int(True))
