# The classic closure bug: assigning to a captured name makes it local, so reading it first fails.
def make_counter():
    count = 0

    def increment():
        count += 1
        return count

    return increment


inc = make_counter()
try:
    inc()
except UnboundLocalError as e:
    print(type(e).__name__)
    print(e)
    print(isinstance(e, NameError))
