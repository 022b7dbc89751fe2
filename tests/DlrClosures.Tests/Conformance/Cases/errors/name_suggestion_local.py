# A misspelt local: the frame's own variable names (co_varnames) are searched before the
# module's globals and the builtins.
counted = "global"
def tally(items):
    counter = 0
    for item in items:
        counter += item
    return countr
print(tally([1, 2, 3]))
