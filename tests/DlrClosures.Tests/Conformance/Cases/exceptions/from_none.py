# raise ... from None clears the cause and suppresses the context, which is still kept.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise AttributeError(key) from None

try:
    lookup({}, "name")
except AttributeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
