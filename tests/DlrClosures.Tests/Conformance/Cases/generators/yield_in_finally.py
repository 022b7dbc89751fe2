# A yield inside a finally clause: the pending return or exception survives the suspension.
def on_return():
    try:
        return "result"
    finally:
        yield "in finally"

g = on_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def on_error():
    try:
        raise ValueError("pending")
    finally:
        yield "cleanup"

g = on_error()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("raised", e)
