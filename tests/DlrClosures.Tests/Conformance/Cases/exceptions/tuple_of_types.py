# One except clause can name a tuple of types; the first matching clause wins.
def fetch(data, key):
    try:
        return data[key]
    except (KeyError, IndexError) as e:
        return "lookup failed: " + type(e).__name__
    except Exception:
        return "other failure"


print(fetch({"x": 1}, "x"))
print(fetch({"x": 1}, "y"))
print(fetch([1, 2, 3], 9))
print(fetch(5, 0))
errors = (ValueError, TypeError)
try:
    int("seven")
except errors as e:
    print("from tuple variable:", type(e).__name__)
