# and/or return one of their operands and short-circuit.
def loud(v):
    print("touched", repr(v))
    return v


print(0 or "default", "set" or "default", [] or {} or None)
print(1 and "last", 0 and loud("never"), "" and 5)
print(loud(0) or loud(2) or loud(3))
print(loud(1) and loud(None) and loud("never"))
print(not "", not "x", None or 0)
