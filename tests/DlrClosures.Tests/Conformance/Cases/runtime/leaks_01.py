# %c with a code point out of range is CPython's OverflowError, not a .NET exception
print("%c" % -1)
