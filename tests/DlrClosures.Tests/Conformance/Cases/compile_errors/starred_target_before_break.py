# Compile-time errors come in compile order: a lone starred target on line 2 is reported before
# the misplaced break on line 3 (both are code-generator errors in CPython, unlike symtable ones).
*a = 1
break
