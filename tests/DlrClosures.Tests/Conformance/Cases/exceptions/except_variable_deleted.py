# The name bound by `except ... as` is deleted when the handler ends.
problem = "before"
try:
    1 / 0
except ZeroDivisionError as problem:
    print("inside:", type(problem).__name__)
print("after the handler")
print(problem)
