# An object with neither __enter__ nor __exit__ is refused with 3.11's message.
print("start")
with 1:
    print("never")
