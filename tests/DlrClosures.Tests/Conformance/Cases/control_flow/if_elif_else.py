# if/elif/else chains and truthiness of values.
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, str) and v:
        return "text"
    elif v:
        return "truthy"
    else:
        return "falsy"


print([classify(v) for v in [None, "", "x", 0, 3, [], [0]]])
