# CPython 3.11 invalid_except_stmt: two exception types need parentheses.
print("never printed")
try:
    pass
except TypeError, ValueError as e:
    pass
