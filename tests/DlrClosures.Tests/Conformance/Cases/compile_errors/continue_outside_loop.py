# continue with no enclosing loop (the loop must be in the same function).
for i in range(3):
    def g():
        continue
