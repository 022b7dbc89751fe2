# Operands are evaluated left to right (language reference, "Evaluation order"): the item of
# `in` before the container, each dict key before its value, and in `raise X from Y` the
# exception before its cause.
def note(label, value):
    print("evaluate", label)
    return value

print(note("item", 1) in note("container", [1, 2]))
print(note("item", 3) not in note("container", [1, 2]))
if note("item", 2) in note("container", (2,)):
    print("found")

d = {note("k1", "a"): note("v1", 1), note("k2", "b"): note("v2", 2)}
print(d)

try:
    raise note("exception", ValueError("boom")) from note("cause", KeyError("why"))
except ValueError as e:
    print("caught", e)
