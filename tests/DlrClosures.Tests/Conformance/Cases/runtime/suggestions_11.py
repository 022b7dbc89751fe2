# str(e) has no suggestion: the traceback printer adds it
try:
    [].apend
except AttributeError as e:
    print(e)
[].inset
