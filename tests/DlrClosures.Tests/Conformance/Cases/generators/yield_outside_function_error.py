# yield at module level is a SyntaxError.
print("never")
yield 1
